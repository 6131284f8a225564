import { describe, expect, it } from 'vitest';
import { frame, startHelper } from '../support/helper-process.ts';

const prefix = (n: number): Uint8Array => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(n >>> 0);
  return bytes;
};
const codeOf = (response: Record<string, unknown>): string => {
  const result = response.result as { ok: boolean; error?: { code: string } };
  return result.ok ? 'OK' : (result.error?.code ?? '?');
};
// Nothing listens here, so the status probe answers quickly.
const env = { AMTSPASS_AUSWEISAPP_PORT: '9' };

describe('helper process: bad input gets a typed error or a clean exit', () => {
  it.each([0xffffffff, 64 * 1024 + 1])('answers a length prefix of %d with FRAME_TOO_LARGE and exits at once', async (announced) => {
    const helper = startHelper({ env });
    helper.write(prefix(announced));
    expect(codeOf(await helper.next())).toBe('FRAME_TOO_LARGE');
    expect(await helper.exited).toBe(1);
  });

  it('exits cleanly on a truncated frame when stdin closes', async () => {
    const helper = startHelper({ env });
    const whole = frame({ v: 1, id: 'a', type: 'helper.ping', payload: {} });
    helper.write(whole.subarray(0, whole.length - 3));
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
    expect(helper.stderr()).toContain('"detail":"truncated"');
  });

  it('keeps serving after invalid UTF-8, invalid JSON, deep nesting, __proto__ keys and unknown types', async () => {
    const helper = startHelper({ env });
    const body = (bytes: number[]): Uint8Array => new Uint8Array([...prefix(bytes.length), ...bytes]);
    helper.write(body([0x7b, 0xff, 0x7d]));
    expect(codeOf(await helper.next())).toBe('INVALID_MESSAGE');
    helper.write(body([...Buffer.from('{"v":1,')]));
    expect(codeOf(await helper.next())).toBe('INVALID_MESSAGE');
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    helper.write(body([...Buffer.from(deep)]));
    expect(codeOf(await helper.next())).toBe('INVALID_MESSAGE');
    helper.write(body([...Buffer.from('{"v":1,"id":"p","type":"helper.ping","payload":{"__proto__":{"isAdmin":true}}}')]));
    expect(await helper.next()).toEqual({ v: 1, id: 'p', type: 'helper.ping', result: { ok: true, value: {} } });
    helper.send({ v: 1, id: 'u', type: 'helper.selfDestruct', payload: {} });
    expect(codeOf(await helper.next())).toBe('INVALID_MESSAGE');
    helper.send({ v: 9, id: 'w', type: 'helper.ping', payload: {} });
    expect(codeOf(await helper.next())).toBe('PROTOCOL_VERSION_MISMATCH');
    helper.send({ v: 1, id: 'ok', type: 'helper.ping', payload: {} });
    expect(await helper.next()).toMatchObject({ id: 'ok', result: { ok: true } });
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
  });

  it('never writes a received value to its log', async () => {
    const helper = startHelper({ env });
    helper.send({ v: 1, id: 'c', type: 'helper.status', payload: { name: 'Zzyzx-Canary-5f1c', pin: '918273' } });
    expect(codeOf(await helper.next())).toBe('INVALID_MESSAGE');
    helper.child.stdin.end();
    await helper.exited;
    expect(helper.stderr()).not.toMatch(/Zzyzx|918273/);
    expect(helper.stderr()).toContain('"event":"request"');
  });

  it('answers concurrent requests, each under its own id', async () => {
    const helper = startHelper({ env });
    for (let i = 0; i < 10; i++) helper.send({ v: 1, id: `r${i}`, type: 'helper.ping', payload: {} });
    const ids = new Set<unknown>();
    for (let i = 0; i < 10; i++) ids.add((await helper.next()).id);
    expect(ids.size).toBe(10);
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
  });

  it('refuses to serve when the browser starts it for another extension', async () => {
    const chrome = startHelper({ args: ['chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/'] });
    expect(await chrome.exited).toBe(1);
    const firefox = startHelper({ args: ['/x/de.amtspass.helper.json', 'evil@example.org'] });
    expect(await firefox.exited).toBe(1);
  });
});
