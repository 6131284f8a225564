import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';

// Composition root of the content script. It runs only on registry origins (registered by the
// background) and exposes nothing to the page: no DOM marks, no page-visible events.

const request = backgroundClient(contentProtocol);
void request('page.hello', {});
