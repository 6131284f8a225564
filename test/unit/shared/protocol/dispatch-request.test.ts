import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dispatchRequest } from '../../../../shared/protocol/dispatch-request.ts';
import type { HandlerMap, ProtocolSpec } from '../../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../../shared/protocol/result.ts';

const spec = {
  'thing.echo': {
    from: ['popup'],
    request: v.strictObject({ text: v.pipe(v.string(), v.maxLength(10)) }),
    response: v.strictObject({ text: v.string() }),
  },
  'thing.broken': { from: ['popup'], request: v.strictObject({}), response: v.strictObject({ n: v.number() }) },
  'thing.throws': { from: ['popup'], request: v.strictObject({}), response: v.strictObject({}) },
  'thing.refuses': { from: ['popup', 'content'], request: v.strictObject({}), response: v.strictObject({}) },
} as const satisfies ProtocolSpec;

let calls = 0;
const handlers = {
  'thing.echo': async (payload) => {
    calls++;
    return ok({ text: payload.text });
  },
  'thing.broken': async () => ok({ n: 'not a number' } as unknown as { n: number }),
  'thing.throws': async () => {
    throw new Error('secret value Erika');
  },
  'thing.refuses': async () => fail('LOCKED', 'vault locked'),
} satisfies HandlerMap<typeof spec, undefined>;

const run = (message: unknown, sender: 'popup' | 'content' | null = 'popup') =>
  dispatchRequest(message, { spec, handlers, sender, ctx: undefined });
const code = async (message: unknown, sender?: 'popup' | 'content' | null) => {
  const response = await run(message, sender);
  return response.result.ok ? 'OK' : response.result.error.code;
};

describe('dispatchRequest', () => {
  it('answers a valid request with the handler value, echoing id and type', async () => {
    expect(await run({ v: 1, id: 'r1', type: 'thing.echo', payload: { text: 'Hallo' } })).toEqual({
      v: 1,
      id: 'r1',
      type: 'thing.echo',
      result: { ok: true, value: { text: 'Hallo' } },
    });
  });

  it.each([
    ['a non-object', 'hello'],
    ['null', null],
    ['a missing payload key', { v: 1, id: 'x', type: 'thing.echo' }],
    ['an extra envelope key', { v: 1, id: 'x', type: 'thing.echo', payload: {}, admin: true }],
    ['an empty id', { v: 1, id: '', type: 'thing.echo', payload: {} }],
    ['an over-long type', { v: 1, id: 'x', type: `a.${'b'.repeat(80)}`, payload: {} }],
  ])('refuses %s with INVALID_MESSAGE and a null id', async (_name, message) => {
    const response = await run(message);
    expect(response.id).toBeNull();
    expect(response.result.ok ? 'OK' : response.result.error.code).toBe('INVALID_MESSAGE');
  });

  it('refuses another envelope version', async () => {
    expect(await code({ v: 2, id: 'x', type: 'thing.echo', payload: { text: 'a' } })).toBe('PROTOCOL_VERSION_MISMATCH');
  });

  it('refuses unknown types, including inherited property names', async () => {
    expect(await code({ v: 1, id: 'x', type: 'thing.unknown', payload: {} })).toBe('INVALID_MESSAGE');
    expect(await code({ v: 1, id: 'x', type: 'constructor.name', payload: {} })).toBe('INVALID_MESSAGE');
  });

  it('refuses a sender not allowed for the type, and an unknown sender, before the handler runs', async () => {
    calls = 0;
    expect(await code({ v: 1, id: 'x', type: 'thing.echo', payload: { text: 'a' } }, 'content')).toBe('FORBIDDEN_SENDER');
    expect(await code({ v: 1, id: 'x', type: 'thing.echo', payload: { text: 'a' } }, null)).toBe('FORBIDDEN_SENDER');
    expect(calls).toBe(0);
  });

  it('refuses a payload that does not match the schema, without echoing the value', async () => {
    const response = await run({ v: 1, id: 'x', type: 'thing.echo', payload: { text: 'Zzyzx-Canary-12345' } });
    expect(response.result.ok ? 'OK' : response.result.error.code).toBe('INVALID_MESSAGE');
    expect(JSON.stringify(response)).not.toContain('Zzyzx');
    expect(await code({ v: 1, id: 'x', type: 'thing.echo', payload: { text: 'a', extra: 1 } })).toBe('INVALID_MESSAGE');
  });

  it('turns a throwing handler into INTERNAL without its message', async () => {
    const response = await run({ v: 1, id: 'x', type: 'thing.throws', payload: {} });
    expect(response.result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'handler failed' } });
  });

  it('refuses a handler value that breaks the response schema', async () => {
    expect(await code({ v: 1, id: 'x', type: 'thing.broken', payload: {} })).toBe('INTERNAL');
  });

  it('passes handler errors through', async () => {
    expect(await code({ v: 1, id: 'x', type: 'thing.refuses', payload: {} }, 'content')).toBe('LOCKED');
  });
});
