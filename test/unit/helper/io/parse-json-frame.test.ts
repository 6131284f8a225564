import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH, parseJsonFrame } from '../../../../helper/io/parse-json-frame.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseJsonFrame', () => {
  it('parses UTF-8 JSON with umlauts and ß', () => {
    expect(parseJsonFrame(bytes('{"name":"Straße Köln"}'))).toEqual({ ok: true, value: { name: 'Straße Köln' } });
  });

  it.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'utf8'],
    ['a lone surrogate half', new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), 'utf8'],
    ['broken JSON', bytes('{"v":1,'), 'json'],
    ['an empty frame', new Uint8Array(0), 'json'],
  ])('refuses %s', (_name, body, reason) => {
    expect(parseJsonFrame(body)).toEqual({ ok: false, reason });
  });

  it('refuses nesting deeper than the limit before parsing, and accepts the limit', () => {
    expect(parseJsonFrame(bytes('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1)))).toEqual({ ok: false, reason: 'depth' });
    expect(parseJsonFrame(bytes('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).ok).toBe(true);
    expect(parseJsonFrame(bytes('['.repeat(60_000))).ok).toBe(false);
  });

  it('does not count brackets inside strings, including escaped quotes', () => {
    expect(jsonDepth('{"a":"[[[[\\"[[[["}')).toBe(1);
  });

  it('drops __proto__, constructor and prototype keys so nothing can reach a prototype', () => {
    const parsed = parseJsonFrame(bytes('{"__proto__":{"polluted":1},"payload":{"constructor":{"prototype":{"x":1}},"ok":2}}'));
    expect(parsed).toEqual({ ok: true, value: { payload: { ok: 2 } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
