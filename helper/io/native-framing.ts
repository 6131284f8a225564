/** Largest frame the helper accepts from the browser, in bytes of UTF-8 JSON (docs/SECURITY.md §3.8). */
export const MAX_INBOUND_FRAME_BYTES = 64 * 1024;
/** Largest frame the helper ever writes: Chromium closes the port above 1 MiB (kMaximumNativeMessageSize). */
export const MAX_OUTBOUND_FRAME_BYTES = 1024 * 1024;
/** Bytes of the length prefix: a 32-bit unsigned integer in native byte order. */
export const LENGTH_PREFIX_BYTES = 4;

export type FrameEvent =
  | { kind: 'frame'; body: Uint8Array }
  /** The prefix announced more than the limit. The stream cannot be resynchronised: stop reading. */
  | { kind: 'too-large'; announced: number };

export interface FrameReader {
  /** Feed bytes as they arrive; returns the complete frames (and at most one fatal event) they finish. */
  push(chunk: Uint8Array): FrameEvent[];
  /** Bytes held for a frame that has not completed yet (0 between frames). */
  pendingBytes(): number;
}

/**
 * Incremental reader of length-prefixed frames. It checks the announced length against the limit
 * before it buffers the body, so a prefix such as 0xFFFFFFFF costs nothing. After `too-large` it
 * ignores all further input.
 */
export function createFrameReader(options: { maxFrameBytes: number; littleEndian: boolean }): FrameReader {
  let chunks: Uint8Array[] = [];
  let buffered = 0;
  let expected: number | null = null;
  let broken = false;

  function take(count: number): Uint8Array {
    const out = new Uint8Array(count);
    let filled = 0;
    while (filled < count) {
      const head = chunks[0] as Uint8Array;
      const need = count - filled;
      if (head.length <= need) {
        out.set(head, filled);
        filled += head.length;
        chunks.shift();
      } else {
        out.set(head.subarray(0, need), filled);
        chunks[0] = head.subarray(need);
        filled += need;
      }
    }
    buffered -= count;
    return out;
  }

  return {
    push(chunk) {
      if (broken || chunk.length === 0) return [];
      chunks.push(chunk);
      buffered += chunk.length;
      const events: FrameEvent[] = [];
      for (;;) {
        if (expected === null) {
          if (buffered < LENGTH_PREFIX_BYTES) break;
          const prefix = take(LENGTH_PREFIX_BYTES);
          const announced = new DataView(prefix.buffer).getUint32(0, options.littleEndian);
          if (announced > options.maxFrameBytes) {
            broken = true;
            chunks = [];
            buffered = 0;
            events.push({ kind: 'too-large', announced });
            break;
          }
          expected = announced;
        }
        if (buffered < expected) break;
        events.push({ kind: 'frame', body: take(expected) });
        expected = null;
      }
      return events;
    },
    pendingBytes() {
      return buffered + (expected === null ? 0 : LENGTH_PREFIX_BYTES);
    },
  };
}

/**
 * One frame for a JSON-serialisable message, or null when it would exceed `maxFrameBytes`
 * (the caller answers with an error instead: large content is refused, never split).
 */
export function encodeFrame(message: unknown, options: { maxFrameBytes: number; littleEndian: boolean }): Uint8Array | null {
  const body = new TextEncoder().encode(JSON.stringify(message));
  if (body.length > options.maxFrameBytes) return null;
  const frame = new Uint8Array(LENGTH_PREFIX_BYTES + body.length);
  new DataView(frame.buffer).setUint32(0, body.length, options.littleEndian);
  frame.set(body, LENGTH_PREFIX_BYTES);
  return frame;
}
