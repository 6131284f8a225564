import { afterEach, describe, expect, it } from 'vitest';
import type { EidService } from '../../../../helper/services/eid-service.ts';
import type { EidAction, EidStep } from '../../../../shared/protocol/eid-messages.ts';
import { eidServiceOnFake, type EidServiceOnFake } from '../../../support/eid-service-on-fake.ts';
import type { FakeSdkOptions, FakeSdkServer } from '../../../support/fake-sdk-server.ts';

/** Three canaries: the Transport-PIN, the new PIN, and the PUK (docs/SECURITY.md H8). */
const TRANSPORT = '48151';
const NEW_PIN = '623846';
const PUK = '9081726354';

let fake: EidServiceOnFake | undefined;
let sdk: FakeSdkServer | undefined;
let service: EidService | undefined;
let notes: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  sdk = undefined;
  service = undefined;
  notes = [];
});

async function setUp(options: FakeSdkOptions): Promise<EidService> {
  fake = await eidServiceOnFake(options);
  ({ sdk, service, notes } = fake);
  return fake.service;
}

async function act(flowId: string, action: EidAction): Promise<EidStep> {
  const result = await (service as EidService).act(flowId, action);
  if (!result.ok) throw new Error(`${action.type}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** RUN_CHANGE_PIN → card → the first number step. */
async function toCurrentPin(): Promise<{ flowId: string; step: EidStep }> {
  const started = await (service as EidService).changePin();
  if (!started.ok) throw new Error(started.error.code);
  const { flowId, step } = started.value;
  expect(step.state).toBe('card');
  const reader = step.state === 'card' ? (step.readers.find((r) => r.insertable)?.name ?? '') : '';
  return { flowId, step: await act(flowId, { type: 'insertCard', reader }) };
}

describe('PIN change (RUN_CHANGE_PIN) against the fake SDK', () => {
  it('replaces a five-digit Transport-PIN: card, Transport-PIN, new PIN, done; each value sent once, in its own command, after it was asked for', async () => {
    await setUp({ reader: 'basic', persona: '2.5', transportPin: TRANSPORT });
    const { flowId, step } = await toCurrentPin();
    expect(step).toEqual({ state: 'pin', keypad: false, retryCounter: 3, invalid: false });
    const newPin = await act(flowId, { type: 'enter', kind: 'pin', value: TRANSPORT });
    expect(newPin).toEqual({ state: 'newPin', keypad: false, retryCounter: 3, invalid: false });
    expect(await act(flowId, { type: 'enter', kind: 'newPin', value: NEW_PIN })).toEqual({
      state: 'done',
      ok: true,
      refreshUrl: '',
      selfInfo: null,
    });
    const frames = sdk?.frames ?? [];
    expect(frames.filter((f) => f.includes(TRANSPORT))).toEqual([JSON.stringify({ cmd: 'SET_PIN', value: TRANSPORT })]);
    expect(frames.filter((f) => f.includes(NEW_PIN))).toEqual([JSON.stringify({ cmd: 'SET_NEW_PIN', value: NEW_PIN })]);
    const order = sdk?.sent ?? [];
    expect(order.indexOf('ENTER_NEW_PIN')).toBeGreaterThan(order.indexOf('ENTER_PIN'));
    expect(sdk?.commands.map((c) => c.cmd)).not.toContain('RUN_AUTH');
    expect(notes.join('\n')).not.toMatch(new RegExp(`${TRANSPORT}|${NEW_PIN}`));
    expect(notes).toContain('flow-start changePin');
  });

  it('takes a six-digit current PIN as well, and no other length; the new PIN must have six digits', async () => {
    await setUp({ reader: 'basic', pin: '112233' });
    const { flowId } = await toCurrentPin();
    expect(await service?.act(flowId, { type: 'enter', kind: 'pin', value: '1234567890' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '112233' })).toMatchObject({ state: 'newPin' });
    expect(await service?.act(flowId, { type: 'enter', kind: 'newPin', value: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    expect(await act(flowId, { type: 'enter', kind: 'newPin', value: NEW_PIN })).toMatchObject({ state: 'done', ok: true });
    expect(sdk?.frames.filter((f) => f.includes('12345"'))).toEqual([]);
  });

  it('a wrong Transport-PIN is asked for again with one try less; after three, the PUK unblocks it (PUK sent once)', async () => {
    await setUp({ reader: 'basic', transportPin: TRANSPORT, puk: PUK, can: '222222' });
    const { flowId } = await toCurrentPin();
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '00000' })).toEqual({
      state: 'pin',
      keypad: false,
      retryCounter: 2,
      invalid: true,
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '00000' })).toMatchObject({ state: 'can', retryCounter: 1 });
    expect(await act(flowId, { type: 'enter', kind: 'can', value: '222222' })).toMatchObject({
      state: 'pin',
      retryCounter: 1,
      invalid: false,
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '00000' })).toMatchObject({ state: 'puk', retryCounter: 0 });
    expect(await act(flowId, { type: 'enter', kind: 'puk', value: PUK })).toMatchObject({ state: 'pin', retryCounter: 3 });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: TRANSPORT })).toMatchObject({ state: 'newPin' });
    expect(sdk?.frames.filter((f) => f.includes(PUK))).toEqual([JSON.stringify({ cmd: 'SET_PUK', value: PUK })]);
    expect(notes.join('\n')).not.toContain(PUK);
  });

  it('on a keypad reader sends no value at all, and refuses a typed one', async () => {
    await setUp({ reader: 'keypad' });
    const { flowId, step } = await toCurrentPin();
    expect(step).toMatchObject({ state: 'pin', keypad: true });
    expect(await service?.act(flowId, { type: 'enter', kind: 'pin', value: TRANSPORT })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin' })).toMatchObject({ state: 'newPin', keypad: true });
    expect(await service?.act(flowId, { type: 'enter', kind: 'newPin', value: NEW_PIN })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    expect(await act(flowId, { type: 'enter', kind: 'newPin' })).toMatchObject({ state: 'done', ok: true });
    expect(sdk?.frames.some((f) => f.includes(TRANSPORT) || f.includes(NEW_PIN))).toBe(false);
  });

  it('cancels at the new PIN: CHANGE_PIN{success:false} ends it as CANCELLED, and the new PIN was never sent', async () => {
    await setUp({ reader: 'basic', persona: '2.5', transportPin: TRANSPORT });
    const { flowId } = await toCurrentPin();
    await act(flowId, { type: 'enter', kind: 'pin', value: TRANSPORT });
    expect(await act(flowId, { type: 'cancel' })).toMatchObject({ state: 'done', ok: false, failure: 'CANCELLED' });
    expect(sdk?.commands.map((c) => c.cmd)).not.toContain('SET_NEW_PIN');
  });

  it('a sign-in never takes a new PIN', async () => {
    await setUp({ reader: 'basic', transportPin: TRANSPORT });
    const started = await (service as EidService).start({
      tcTokenURL: 'https://127.0.0.1:8443/tcToken',
      allowedOrigins: ['https://127.0.0.1:8443'],
      purpose: 'signin',
    });
    expect(started.ok).toBe(true);
    if (started.ok)
      expect(await service?.act(started.value.flowId, { type: 'enter', kind: 'newPin', value: NEW_PIN })).toMatchObject({
        ok: false,
        error: { code: 'EID_WRONG_STATE' },
      });
    expect(sdk?.frames.some((f) => f.includes(NEW_PIN))).toBe(false);
  });

  it('a PIN change right after the helper\'s own cancelled sign-in waits out AusweisApp\'s moment of "busy" instead of reporting it', async () => {
    await setUp({ reader: 'basic', transportPin: TRANSPORT, busyAfterCloseMs: 300 });
    const started = await (service as EidService).start({
      tcTokenURL: 'https://127.0.0.1:8443/tcToken',
      allowedOrigins: ['https://127.0.0.1:8443'],
      purpose: 'signin',
    });
    if (!started.ok) throw new Error(started.error.code);
    await act(started.value.flowId, { type: 'cancel' });
    const changing = await (service as EidService).changePin();
    expect(changing).toMatchObject({ ok: true, value: { step: { state: 'card' } } });
    expect(sdk?.handshakes.length).toBeGreaterThan(2);
  });
});
