import { uiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';

/** The confirm window's typed requests to the background. */
export const requestBackground = backgroundClient(uiProtocol);
