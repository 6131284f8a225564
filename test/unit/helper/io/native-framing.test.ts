import { describe, expect, it } from 'vitest';
import {
  createFrameReader,
  encodeFrame,
  LENGTH_PREFIX_BYTES,
  MAX_INBOUND_FRAME_BYTES,
  MAX_OUTBOUND_FRAME_BYTES,
} from '../../../../helper/io/native-framing.ts';

const LE = { littleEndian: true };
const prefix = (n: number): Uint8Array => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n, true);
  return bytes;
};
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('native framing', () => {
  it('round-trips a message through encode and read', () => {
    const frame = encodeFrame({ v: 1, id: 'a', type: 'helper.ping', payload: {} }, { maxFrameBytes: MAX_OUTBOUND_FRAME_BYTES, ...LE });
    const events = createFrameReader({ maxFrameBytes: MAX_INBOUND_FRAME_BYTES, ...LE }).push(frame as Uint8Array);
    expect(events).toHaveLength(1);
    expect(events[0]?.kind === 'frame' && JSON.parse(text(events[0].body))).toEqual({ v: 1, id: 'a', type: 'helper.ping', payload: {} });
  });

  it('assembles frames split at every byte and several frames in one chunk', () => {
    const one = encodeFrame({ n: 1 }, { maxFrameBytes: 100, ...LE }) as Uint8Array;
    const two = encodeFrame({ n: 2 }, { maxFrameBytes: 100, ...LE }) as Uint8Array;
    const reader = createFrameReader({ maxFrameBytes: 100, ...LE });
    const bodies: string[] = [];
    for (const byte of one) for (const e of reader.push(Uint8Array.of(byte))) if (e.kind === 'frame') bodies.push(text(e.body));
    for (const e of reader.push(new Uint8Array([...two, ...one]))) if (e.kind === 'frame') bodies.push(text(e.body));
    expect(bodies).toEqual(['{"n":1}', '{"n":2}', '{"n":1}']);
    expect(reader.pendingBytes()).toBe(0);
  });

  it('accepts a frame of exactly 64 KiB', () => {
    const reader = createFrameReader({ maxFrameBytes: MAX_INBOUND_FRAME_BYTES, ...LE });
    const events = reader.push(new Uint8Array([...prefix(MAX_INBOUND_FRAME_BYTES), ...new Uint8Array(MAX_INBOUND_FRAME_BYTES)]));
    expect(events.map((e) => e.kind)).toEqual(['frame']);
  });

  it.each([MAX_INBOUND_FRAME_BYTES + 1, 0xffffffff])('refuses a prefix of %d before buffering, and reads nothing after', (announced) => {
    const reader = createFrameReader({ maxFrameBytes: MAX_INBOUND_FRAME_BYTES, ...LE });
    expect(reader.push(prefix(announced))).toEqual([{ kind: 'too-large', announced }]);
    expect(reader.pendingBytes()).toBe(0);
    expect(reader.push(encodeFrame({}, { maxFrameBytes: 10, ...LE }) as Uint8Array)).toEqual([]);
  });

  it('keeps a truncated frame pending', () => {
    const reader = createFrameReader({ maxFrameBytes: 100, ...LE });
    expect(reader.push(new Uint8Array([...prefix(10), 1, 2, 3]))).toEqual([]);
    expect(reader.pendingBytes()).toBe(LENGTH_PREFIX_BYTES + 3);
  });

  it('reads the prefix in the byte order it is given', () => {
    const big = new Uint8Array([0, 0, 0, 2, 0x7b, 0x7d]);
    const events = createFrameReader({ maxFrameBytes: 100, littleEndian: false }).push(big);
    expect(events[0]?.kind === 'frame' && text(events[0].body)).toBe('{}');
  });

  it('refuses to encode above the outbound limit instead of splitting', () => {
    const big = { blob: 'x'.repeat(MAX_OUTBOUND_FRAME_BYTES) };
    expect(encodeFrame(big, { maxFrameBytes: MAX_OUTBOUND_FRAME_BYTES, ...LE })).toBeNull();
    const fits = { blob: 'x'.repeat(MAX_OUTBOUND_FRAME_BYTES - 20) };
    expect(encodeFrame(fits, { maxFrameBytes: MAX_OUTBOUND_FRAME_BYTES, ...LE })?.length).toBe(MAX_OUTBOUND_FRAME_BYTES - 20 + 11 + 4);
  });
});
