import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_OUTBOUND_FRAME_BYTES } from '../../../../helper/io/native-framing.ts';
import { openStdioTransport } from '../../../../helper/io/stdio-transport.ts';
import { frame } from '../../../support/helper-process.ts';

describe('stdio transport', () => {
  it('abandons a frame that stops arriving half-way (stall timeout)', async () => {
    const input = new PassThrough();
    const transport = openStdioTransport({ input, output: new PassThrough(), littleEndian: true, onFrame: () => {}, stallTimeoutMs: 50 });
    input.write(frame({ v: 1 }).subarray(0, 5));
    expect(await transport.ended).toBe('stalled');
  });

  it('waits for drain when the pipe is full and keeps frames in order', async () => {
    const written: Buffer[] = [];
    let release: () => void = () => {};
    const output = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, done) {
        written.push(chunk);
        if (written.length === 1) release = done;
        else done();
      },
    });
    const transport = openStdioTransport({ input: new PassThrough(), output, littleEndian: true, onFrame: () => {} });
    const first = transport.send({ n: 1, pad: 'x'.repeat(64) });
    const second = transport.send({ n: 2 });
    // Several turns of the event loop: the second frame stays queued until the first is released.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(written).toHaveLength(1);
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(written.map((b) => (JSON.parse(b.subarray(4).toString()) as { n: number }).n)).toEqual([1, 2]);
  });

  it('refuses to write a message above 1 MiB', async () => {
    const output = new PassThrough();
    const transport = openStdioTransport({ input: new PassThrough(), output, littleEndian: true, onFrame: () => {} });
    expect(await transport.send({ blob: 'x'.repeat(MAX_OUTBOUND_FRAME_BYTES) })).toBe(false);
    expect(output.readableLength).toBe(0);
  });
});
