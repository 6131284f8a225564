import { NATIVE_HOST_NAME } from '../../../shared/protocol/native-host.ts';
import { browser, portDisconnectReason } from '../../platform/browser.ts';
import type { HelperPort } from './helper-client.ts';

/** Opens the native port to the helper (starting its process) as a HelperPort. */
export function connectHelperPort(): HelperPort {
  const port = browser.runtime.connectNative(NATIVE_HOST_NAME);
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener(listener),
    onDisconnect: (listener) => port.onDisconnect.addListener((p) => listener(portDisconnectReason(p))),
    disconnect: () => port.disconnect(),
  };
}
