import * as v from 'valibot';
import WebSocket from 'ws';
import type { ErrorCode } from '../../shared/protocol/errors.ts';
import { SdkMessageSchema, type SdkMessage } from './sdk-messages.ts';

/** The TR-03124-1 default SDK port of AusweisApp. */
export const AUSWEISAPP_DEFAULT_PORT = 24727;
/** Largest SDK frame accepted from AusweisApp; its messages are a few KiB (docs/SECURITY.md §3.8). */
export const MAX_SDK_PAYLOAD_BYTES = 1024 * 1024;
/** Messages buffered before the reader asks for them; more means a misbehaving peer. */
export const MAX_QUEUED_SDK_MESSAGES = 64;

export interface SdkConnection {
  /** The `Server` header of the 101 upgrade: a plausibility check only. */
  readonly serverHeader: string;
  send(command: Readonly<Record<string, unknown>>): void;
  /** The next message in arrival order, or null on timeout, close or a broken peer. */
  next(timeoutMs: number): Promise<SdkMessage | null>;
  /** True once we dropped the peer for a binary, oversized, malformed or flooding frame. */
  readonly misbehaved: boolean;
  /** True once the socket closed, by either side. */
  readonly closed: boolean;
  close(): void;
}

export type SdkConnectResult = { ok: true; connection: SdkConnection } | { ok: false; code: ErrorCode; detail: string };

/**
 * Opens `ws://127.0.0.1:<port>/eID-Kernel` with no Origin header (AusweisApp ≥ 2.5 refuses browser
 * origins) and a User-Agent that AusweisApp shows to the user. HTTP refusals map to our codes:
 * 429 (another client) and 409 (a workflow in the AusweisApp window) are AUSWEISAPP_BUSY.
 */
export function connectSdk(options: { port: number; userAgent: string; timeoutMs: number }): Promise<SdkConnectResult> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${options.port}/eID-Kernel`, {
      headers: { 'User-Agent': options.userAgent },
      maxPayload: MAX_SDK_PAYLOAD_BYTES,
      handshakeTimeout: options.timeoutMs,
      perMessageDeflate: false,
      followRedirects: false,
    });
    let serverHeader = '';
    const settle = (result: SdkConnectResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      socket.terminate();
      settle({ ok: false, code: 'TIMEOUT', detail: 'no handshake' });
    }, options.timeoutMs);
    socket.once('upgrade', (response) => {
      serverHeader = String(response.headers.server ?? '').slice(0, 128);
    });
    socket.once('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0;
      socket.terminate();
      const busy = status === 429 || status === 409;
      settle({ ok: false, code: busy ? 'AUSWEISAPP_BUSY' : 'AUSWEISAPP_UNREACHABLE', detail: `http ${status}` });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      settle({ ok: false, code: 'AUSWEISAPP_UNREACHABLE', detail: error.code ?? 'socket error' });
    });
    socket.once('open', () => settle({ ok: true, connection: wrap(socket, serverHeader) }));
  });
}

function wrap(socket: WebSocket, serverHeader: string): SdkConnection {
  const queue: SdkMessage[] = [];
  let waiter: ((message: SdkMessage | null) => void) | null = null;
  let closed = false;
  let misbehaved = false;
  const deliver = (message: SdkMessage | null): void => {
    if (waiter) {
      const w = waiter;
      waiter = null;
      w(message);
    } else if (message) queue.push(message);
  };
  socket.on('message', (data, isBinary) => {
    const parsed = isBinary || !Buffer.isBuffer(data) ? undefined : safeParse(data.toString('utf8'));
    if (!parsed || queue.length >= MAX_QUEUED_SDK_MESSAGES) {
      misbehaved = true;
      socket.terminate();
      return;
    }
    deliver(parsed);
  });
  socket.on('close', () => {
    closed = true;
    deliver(null);
  });
  // ws reports a frame over maxPayload as an error (close code 1009) before it closes the socket.
  socket.on('error', () => {
    misbehaved = true;
  });
  return {
    serverHeader,
    get misbehaved() {
      return misbehaved;
    },
    get closed() {
      return closed;
    },
    send(command) {
      if (!closed) socket.send(JSON.stringify(command));
    },
    next(timeoutMs) {
      const queued = queue.shift();
      if (queued) return Promise.resolve(queued);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiter = null;
          resolve(null);
        }, timeoutMs);
        waiter = (message) => {
          clearTimeout(timer);
          resolve(message);
        };
      });
    },
    close() {
      closed = true;
      socket.close();
    },
  };
}

function safeParse(text: string): SdkMessage | undefined {
  try {
    const result = v.safeParse(SdkMessageSchema, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}
