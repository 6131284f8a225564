import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { createFrameReader, encodeFrame, MAX_INBOUND_FRAME_BYTES, MAX_OUTBOUND_FRAME_BYTES } from './native-framing.ts';

/** A frame that stops arriving half-way is abandoned after this long (docs/SECURITY.md §3.8: read timeouts). */
export const FRAME_STALL_TIMEOUT_MS = 10_000;

/** Why the transport stopped reading. */
export type TransportEnd = 'end' | 'truncated' | 'too-large' | 'stalled';

export interface StdioTransport {
  /** Writes one message; false (nothing written) when it would exceed MAX_OUTBOUND_FRAME_BYTES. */
  send(message: unknown): Promise<boolean>;
  /** Resolves once reading has stopped, with the reason. */
  readonly ended: Promise<TransportEnd>;
}

export interface StdioTransportOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly littleEndian: boolean;
  readonly onFrame: (body: Uint8Array) => void;
  readonly stallTimeoutMs?: number;
}

/**
 * Native messaging over a pair of streams: length-prefixed frames in, the same out. Writes are
 * serialised and wait for `drain` when the pipe is full, so large answers do not pile up in memory.
 */
export function openStdioTransport(options: StdioTransportOptions): StdioTransport {
  const reader = createFrameReader({ maxFrameBytes: MAX_INBOUND_FRAME_BYTES, littleEndian: options.littleEndian });
  const stallMs = options.stallTimeoutMs ?? FRAME_STALL_TIMEOUT_MS;
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  let finish: (end: TransportEnd) => void = () => {};
  const ended = new Promise<TransportEnd>((resolve) => {
    finish = (end) => {
      clearTimeout(stallTimer);
      options.input.off('data', onData);
      options.input.off('end', onEnd);
      options.input.pause();
      resolve(end);
    };
  });

  function onData(chunk: Buffer): void {
    clearTimeout(stallTimer);
    for (const event of reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))) {
      if (event.kind === 'too-large') return finish('too-large');
      options.onFrame(event.body);
    }
    if (reader.pendingBytes() > 0) stallTimer = setTimeout(() => finish('stalled'), stallMs);
  }
  function onEnd(): void {
    finish(reader.pendingBytes() > 0 ? 'truncated' : 'end');
  }
  options.input.on('data', onData);
  options.input.on('end', onEnd);
  options.input.on('error', onEnd);

  let writing: Promise<unknown> = Promise.resolve();
  return {
    ended,
    send(message) {
      const frame = encodeFrame(message, { maxFrameBytes: MAX_OUTBOUND_FRAME_BYTES, littleEndian: options.littleEndian });
      if (frame === null) return Promise.resolve(false);
      const done = writing.then(async () => {
        if (!options.output.write(frame)) await once(options.output, 'drain');
        return true;
      });
      writing = done.catch(() => undefined);
      return done;
    },
  };
}
