import { nativeProtocol, type NativeProtocol } from '../../../shared/protocol/native-protocol.ts';
import { newRequestId } from '../../../shared/protocol/new-request-id.ts';
import type { RequestOf, ResponseOf } from '../../../shared/protocol/protocol-spec.ts';
import { readResponse } from '../../../shared/protocol/read-response.ts';
import { fail, type Result } from '../../../shared/protocol/result.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';

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
  request<T extends keyof NativeProtocol>(
    type: T,
    payload: RequestOf<NativeProtocol, T>,
    options?: { timeoutMs?: number },
  ): Promise<Result<ResponseOf<NativeProtocol, T>>>;
}

interface Pending {
  readonly type: keyof NativeProtocol;
  readonly resolve: (result: Result<unknown>) => void;
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

  function settle(id: string, result: Result<unknown>): void {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.timer);
    entry.resolve(result);
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
      const id = typeof message === 'object' && message !== null && 'id' in message ? (message).id : null;
      const entry = typeof id === 'string' ? pending.get(id) : undefined;
      if (entry && typeof id === 'string') settle(id, readResponse(nativeProtocol, entry.type, message));
    });
    opened.onDisconnect((reason) => {
      if (port === opened) port = null;
      clearTimeout(idleTimer);
      const notInstalled = reason !== null && /not found|no such native application|forbidden/i.test(reason);
      for (const id of [...pending.keys()]) {
        settle(id, notInstalled ? fail('HELPER_NOT_INSTALLED', 'native host not found') : fail('HELPER_DISCONNECTED', 'helper exited'));
      }
    });
    return opened;
  }

  return {
    request(type, payload, requestOptions) {
      clearTimeout(idleTimer);
      const id = newRequestId();
      const timeoutMs = requestOptions?.timeoutMs ?? HELPER_REQUEST_TIMEOUT_MS;
      const result = new Promise<Result<unknown>>((resolve) => {
        const timer = setTimeout(() => settle(id, fail('TIMEOUT', `${type} took longer than ${timeoutMs} ms`)), timeoutMs);
        pending.set(id, { type, resolve, timer });
      });
      try {
        port ??= open();
        port.post({ v: PROTOCOL_VERSION, id, type, payload });
      } catch {
        settle(id, fail('HELPER_NOT_INSTALLED', 'native messaging unavailable'));
      }
      return result as Promise<Result<ResponseOf<NativeProtocol, typeof type>>>;
    },
  };
}
