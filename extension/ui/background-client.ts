import { uiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';

/** Typed requests from an extension page (popup, options, confirm window) to the background. */
export const requestBackground = backgroundClient(uiProtocol);
