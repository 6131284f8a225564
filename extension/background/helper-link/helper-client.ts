import { nativeProtocol, type NativeProtocol } from '../../../shared/protocol/native-protocol.ts';
import type { RequestEnvelope } from '../../../shared/protocol/envelope.ts';
import { createRequestClient, TransportFailure, type RequestFn } from '../../../shared/protocol/request-client.ts';

/** A native port as the background sees it (adapter in helper-port.ts). */
export interface HelperPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** `reason` is the browser's text (null for a normal close). */
  onDisconnect(listener: (reason: string | null) => void): void;
  disconnect(): void;
}

/** Default time a helper request may take before it is failed with TIMEOUT. */
export const HELPER_REQUEST_TIMEOUT_MS = 10_000;
/** The port is closed after this long without requests, so the helper process exits. */
export const HELPER_IDLE_DISCONNECT_MS = 30_000;

export interface HelperClient {
  request: RequestFn<NativeProtocol, { timeoutMs?: number }>;
}

/** A request on its way: settled with the helper's raw reply, or failed with the transport's code. */
interface Pending {
  readonly settle: (reply: { raw: unknown } | { failure: TransportFailure }) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Requests to the helper over one lazily opened native port: each has a random id and a timeout;
 * when the port goes away every pending request fails with HELPER_DISCONNECTED, or
 * HELPER_NOT_INSTALLED when the browser found no host manifest.
 */
export function createHelperClient(options: { connect: () => HelperPort; idleDisconnectMs?: number }): HelperClient {
  const idleMs = options.idleDisconnectMs ?? HELPER_IDLE_DISCONNECT_MS;
  let port: HelperPort | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<string, Pending>();

  function settle(id: string, reply: { raw: unknown } | { failure: TransportFailure }): void {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.timer);
    entry.settle(reply);
    if (pending.size === 0 && port) {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => {
        port?.disconnect();
        port = null;
      }, idleMs);
    }
  }

  function open(): HelperPort {
    const opened = options.connect();
    opened.onMessage((message) => {
      const id = typeof message === 'object' && message !== null && 'id' in message ? message.id : null;
      if (typeof id === 'string') settle(id, { raw: message });
    });
    opened.onDisconnect((reason) => {
      if (port === opened) port = null;
      clearTimeout(idleTimer);
      const notInstalled = reason !== null && /not found|no such native application|forbidden/i.test(reason);
      for (const id of [...pending.keys()]) {
        settle(id, {
          failure: notInstalled
            ? new TransportFailure('HELPER_NOT_INSTALLED', 'native host not found')
            : new TransportFailure('HELPER_DISCONNECTED', 'helper exited'),
        });
      }
    });
    return opened;
  }

  // The envelope and the reply check are the shared request client's; this is only the port.
  const send = (envelope: RequestEnvelope, requestOptions: { timeoutMs?: number } | undefined): Promise<unknown> => {
    clearTimeout(idleTimer);
    const timeoutMs = requestOptions?.timeoutMs ?? HELPER_REQUEST_TIMEOUT_MS;
    const reply = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => settle(envelope.id, { failure: new TransportFailure('TIMEOUT', `${envelope.type} took longer than ${timeoutMs} ms`) }),
        timeoutMs,
      );
      pending.set(envelope.id, { timer, settle: (answer) => ('raw' in answer ? resolve(answer.raw) : reject(answer.failure)) });
    });
    try {
      port ??= open();
      port.post(envelope);
    } catch {
      settle(envelope.id, { failure: new TransportFailure('HELPER_NOT_INSTALLED', 'native messaging unavailable') });
    }
    return reply;
  };
  return { request: createRequestClient(nativeProtocol, send, { code: 'HELPER_NOT_INSTALLED', message: 'native messaging unavailable' }) };
}
