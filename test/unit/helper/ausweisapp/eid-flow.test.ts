import { afterEach, describe, expect, it } from 'vitest';
import { connectSdk } from '../../../../helper/ausweisapp/sdk-socket.ts';
import { createEidService, type EidService } from '../../../../helper/services/eid-service.ts';
import type { EidAction, EidStep } from '../../../../shared/protocol/eid-messages.ts';
import { fail, ok } from '../../../../shared/protocol/result.ts';
import { waitFor } from '../../../support/wait-for.ts';
import { eidServiceOnFake, type EidServiceOnFake } from '../../../support/eid-service-on-fake.ts';
import type { FakeSdkOptions, FakeSdkServer } from '../../../support/fake-sdk-server.ts';

const TOKEN = 'https://127.0.0.1:8443/tcToken';
const ALLOWED = ['https://127.0.0.1:8443'];
const CANARY_PIN = '918273';

let fake: EidServiceOnFake | undefined;
let sdk: FakeSdkServer | undefined;
let service: EidService | undefined;
afterEach(async () => {
  await fake?.close();
  service?.stop();
  fake = undefined;
  sdk = undefined;
  service = undefined;
});

async function setUp(options: FakeSdkOptions = {}, extra: { timeouts?: { sdkMs?: number; userMs?: number }; fetched?: string[] } = {}) {
  fake = await eidServiceOnFake(options, {
    ...(extra.timeouts ? { timeouts: extra.timeouts } : {}),
    fetchSelfInfo: async (url) => {
      extra.fetched?.push(url);
      return ok({ GivenNames: 'ERIKA' });
    },
  });
  ({ sdk, service } = fake);
  return { service: fake.service, notes: fake.notes, sdk: fake.sdk };
}

async function act(flowId: string, action: EidAction): Promise<EidStep> {
  const result = await (service as EidService).act(flowId, action);
  if (!result.ok) throw new Error(`${action.type}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

async function startSignIn(): Promise<{ flowId: string; step: EidStep }> {
  const started = await (service as EidService).start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'signin' });
  if (!started.ok) throw new Error(started.error.code);
  return started.value;
}

/** Consent → card → the first number step. */
async function toPin(flowId: string): Promise<EidStep> {
  const afterAccept = await act(flowId, { type: 'accept', optional: ['DateOfBirth', 'Address'] });
  expect(afterAccept.state).toBe('card');
  return act(flowId, {
    type: 'insertCard',
    reader: afterAccept.state === 'card' ? (afterAccept.readers.find((r) => r.insertable)?.name ?? '') : '',
  });
}

const sentCommands = (): string[] => (sdk as FakeSdkServer).commands.map((c) => String(c.cmd));
/** The fake records a frame when it arrives, a moment after the helper sent it. */
const lastCommandIs = (cmd: string): Promise<void> =>
  waitFor(() => sentCommands().at(-1) === cmd, { what: `${cmd} at the fake`, timeoutMs: 2000 });

describe('eID flow against the fake SDK (keypad reader, 1.26.2)', () => {
  it('runs RUN_AUTH through consent, card and keypad to the refresh URL, with ResultMajor added', async () => {
    await setUp();
    const { flowId, step } = await startSignIn();
    expect(step.state).toBe('consent');
    if (step.state !== 'consent') return;
    expect(step.certificate.subjectUrl).toBe('https://127.0.0.1:8443');
    expect(step.certificate.subjectName).toBe('Mock eID Service');
    expect(step.required).toEqual(['FamilyName', 'GivenNames', 'DocumentType']);
    expect(step.optional).toContain('Address');
    expect(step.requiredAge).toBe('18');
    const pin = await toPin(flowId);
    expect(pin).toEqual({ state: 'pin', keypad: true, retryCounter: 3, invalid: false });
    const done = await act(flowId, { type: 'enter', kind: 'pin' });
    expect(done).toMatchObject({ state: 'done', ok: true, selfInfo: null });
    if (done.state === 'done' && done.ok) expect(done.refreshUrl).toMatch(/^https:\/\/127\.0\.0\.1:8443\/refresh\?sid=\w+&ResultMajor=ok$/);
    expect(sentCommands()).toEqual([
      'GET_INFO',
      'GET_API_LEVEL',
      'SET_API_LEVEL',
      'RUN_AUTH',
      'GET_CERTIFICATE',
      'SET_ACCESS_RIGHTS',
      'ACCEPT',
      'GET_READER_LIST',
      'SET_CARD',
      'SET_PIN',
    ]);
    const setRights = sdk?.commands.find((c) => c.cmd === 'SET_ACCESS_RIGHTS');
    expect(setRights?.chat).toEqual(['DateOfBirth', 'Address']);
    expect(sdk?.commands.find((c) => c.cmd === 'SET_PIN')).toEqual({ cmd: 'SET_PIN' });
    expect(sdk?.commands.find((c) => c.cmd === 'SET_API_LEVEL')?.level).toBe(2);
    // A release helper never asks for developer mode (docs/EID.md §10, H9).
    expect(sdk?.commands.some((c) => 'developerMode' in c)).toBe(false);
  });

  it('refuses a typed PIN on a keypad reader without sending it', async () => {
    await setUp();
    const { flowId } = await startSignIn();
    await toPin(flowId);
    const typed = await service?.act(flowId, { type: 'enter', kind: 'pin', value: CANARY_PIN });
    expect(typed).toMatchObject({ ok: false, error: { code: 'INVALID_VALUE' } });
    expect(sdk?.frames.join('\n')).not.toContain(CANARY_PIN);
  });

  it.each(['consent', 'card', 'pin'] as const)('cancels at the %s step: CANCEL sent, flow ends as CANCELLED', async (where) => {
    await setUp();
    const { flowId } = await startSignIn();
    if (where === 'card') await act(flowId, { type: 'accept', optional: [] });
    if (where === 'pin') await toPin(flowId);
    const done = await act(flowId, { type: 'cancel' });
    expect(done).toMatchObject({ state: 'done', ok: false, failure: 'CANCELLED' });
    await lastCommandIs('CANCEL');
    expect(await service?.act(flowId, { type: 'accept', optional: [] })).toMatchObject({ ok: false, error: { code: 'EID_WRONG_STATE' } });
  });

  it('refuses actions out of order and a second flow while one runs', async () => {
    await setUp();
    const { flowId } = await startSignIn();
    expect(await service?.act(flowId, { type: 'enter', kind: 'pin' })).toMatchObject({ ok: false, error: { code: 'EID_WRONG_STATE' } });
    expect(await service?.act(flowId, { type: 'insertCard', reader: 'Simulator' })).toMatchObject({
      ok: false,
      error: { code: 'EID_WRONG_STATE' },
    });
    expect(await service?.start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'signin' })).toMatchObject({
      ok: false,
      error: { code: 'EID_FLOW_RUNNING' },
    });
    expect(await service?.act('0'.repeat(24), { type: 'cancel' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('runs a wallet read: the refresh URL is fetched by the helper and never handed out', async () => {
    const fetched: string[] = [];
    await setUp({}, { fetched });
    const started = await service?.start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'wallet' });
    if (!started?.ok) throw new Error('start failed');
    await toPin(started.value.flowId);
    const done = await act(started.value.flowId, { type: 'enter', kind: 'pin' });
    expect(done).toEqual({ state: 'done', ok: true, refreshUrl: '', selfInfo: { GivenNames: 'ERIKA' } });
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/^https:\/\/127\.0\.0\.1:8443\/refresh\?sid=/);
  });
});

describe('PIN hygiene through a basic reader (H8)', () => {
  it('sends the canary PIN exactly once, in SET_PIN right after ENTER_PIN, and logs it nowhere', async () => {
    const { notes } = await setUp({ reader: 'basic', pin: CANARY_PIN });
    const { flowId } = await startSignIn();
    const pin = await toPin(flowId);
    expect(pin).toEqual({ state: 'pin', keypad: false, retryCounter: 3, invalid: false });
    expect(await service?.act(flowId, { type: 'enter', kind: 'pin' })).toMatchObject({ ok: false, error: { code: 'INVALID_VALUE' } });
    const done = await act(flowId, { type: 'enter', kind: 'pin', value: CANARY_PIN });
    expect(done).toMatchObject({ state: 'done', ok: true });
    const withCanary = sdk?.frames.filter((f) => f.includes(CANARY_PIN)) ?? [];
    expect(withCanary).toEqual([JSON.stringify({ cmd: 'SET_PIN', value: CANARY_PIN })]);
    const order = sdk?.sent ?? [];
    expect(order.indexOf('ENTER_PIN')).toBeGreaterThan(order.indexOf('ACCESS_RIGHTS'));
    expect(notes.join('\n')).not.toContain(CANARY_PIN);
  });

  it('walks the retry counter: wrong PIN → 2, wrong again → CAN, right CAN → PIN at 1, wrong → PUK, PUK → PIN at 3', async () => {
    await setUp({ reader: 'basic', pin: '111111', can: '222222', puk: '3333333333' });
    const { flowId } = await startSignIn();
    expect(await toPin(flowId)).toMatchObject({ state: 'pin', retryCounter: 3 });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '000000' })).toMatchObject({
      state: 'pin',
      retryCounter: 2,
      invalid: true,
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '000000' })).toMatchObject({ state: 'can', retryCounter: 1 });
    expect(await act(flowId, { type: 'enter', kind: 'can', value: '222222' })).toMatchObject({
      state: 'pin',
      retryCounter: 1,
      invalid: false,
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '000000' })).toMatchObject({ state: 'puk', retryCounter: 0 });
    expect(await service?.act(flowId, { type: 'enter', kind: 'puk', value: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    expect(await act(flowId, { type: 'enter', kind: 'puk', value: '3333333333' })).toMatchObject({
      state: 'pin',
      retryCounter: 3,
      invalid: false,
    });
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '111111' })).toMatchObject({ state: 'done', ok: true });
  });

  it('stops at a used-up PUK with CARD_BLOCKED', async () => {
    await setUp({ reader: 'basic', retryCounter: 0, pukInoperative: true });
    const { flowId } = await startSignIn();
    expect(await toPin(flowId)).toMatchObject({ state: 'done', ok: false, failure: 'CARD_BLOCKED' });
    await lastCommandIs('CANCEL');
  });

  it('reports a removed card', async () => {
    await setUp({ reader: 'basic', persona: '2.5', fault: 'card-removed' });
    const { flowId } = await startSignIn();
    await toPin(flowId);
    expect(await act(flowId, { type: 'enter', kind: 'pin', value: '123456' })).toMatchObject({
      state: 'done',
      ok: false,
      failure: 'CARD_REMOVED',
    });
  });
});

describe('hostile or broken AusweisApp peers (H6, H7)', () => {
  it('H6: a squatter with a wrong INFO gets no flow and never a PIN', async () => {
    await setUp({ mode: 'squatter' });
    const started = await service?.start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'signin' });
    expect(started).toMatchObject({ ok: false, error: { code: 'AUSWEISAPP_NOT_VERIFIED' } });
    expect(sentCommands()).not.toContain('RUN_AUTH');
    expect(sentCommands()).not.toContain('SET_PIN');
  });

  it('H6: ENTER_PIN before ACCESS_RIGHTS aborts before any PIN', async () => {
    await setUp({ fault: 'pin-before-rights' });
    const started = await startSignIn();
    expect(started.step).toMatchObject({ state: 'done', ok: false, failure: 'PEER_MISBEHAVED' });
    expect(sentCommands()).not.toContain('SET_PIN');
  });

  it.each([
    ['foreign-subject', 'SUBJECT_NOT_ALLOWED'],
    ['write-rights', 'RIGHTS_NOT_ALLOWED'],
    ['binary-frame', 'PEER_MISBEHAVED'],
    ['huge-frame', 'PEER_MISBEHAVED'],
    ['flood', 'PEER_MISBEHAVED'],
    ['unknown-messages', 'PEER_MISBEHAVED'],
    ['network', 'NETWORK'],
  ] as const)('H7: %s ends the flow as %s before consent', async (fault, failure) => {
    await setUp({ fault });
    const { step } = await startSignIn();
    expect(step).toMatchObject({ state: 'done', ok: false, failure });
    expect(sentCommands()).not.toContain('ACCEPT');
  });

  it.each(['cross-origin-refresh', 'http-refresh'] as const)('H7: %s is not handed on', async (fault) => {
    await setUp({ fault });
    const { flowId } = await startSignIn();
    await toPin(flowId);
    expect(await act(flowId, { type: 'enter', kind: 'pin' })).toEqual({
      state: 'done',
      ok: false,
      failure: 'REFRESH_NOT_ALLOWED',
      message: expect.any(String) as string,
      refreshUrl: null,
    });
  });

  it('H4: a huge termsOfUsage is cut, not relayed whole', async () => {
    await setUp({ fault: 'huge-terms' });
    const { step } = await startSignIn();
    expect(step.state).toBe('consent');
    if (step.state === 'consent') expect(step.certificate.termsOfUsage.length).toBeLessThanOrEqual(4096);
  });

  it('reports a disconnect mid-flow', async () => {
    await setUp({ fault: 'disconnect-after-accept' });
    const { flowId } = await startSignIn();
    expect(await act(flowId, { type: 'accept', optional: [] })).toMatchObject({ state: 'done', ok: false, failure: 'DISCONNECTED' });
  });

  it('times out an AusweisApp that never answers, and cancels it', async () => {
    await setUp({ fault: 'silent' }, { timeouts: { sdkMs: 1500, userMs: 1500 } });
    const { flowId, step } = await startSignIn();
    const done = step.state === 'done' ? step : await act(flowId, { type: 'wait', waitMs: 4000 });
    expect(done).toMatchObject({ state: 'done', ok: false, failure: 'TIMEOUT' });
    await lastCommandIs('CANCEL');
  });

  it('reports the Simulator race as CARD_ERROR so the caller can retry', async () => {
    await setUp({ fault: 'race' });
    const { flowId } = await startSignIn();
    expect(await toPin(flowId)).toMatchObject({ state: 'done', ok: false, failure: 'CARD_ERROR' });
  });

  it.each(['busy-429', 'busy-409'] as const)('%s is AUSWEISAPP_BUSY', async (mode) => {
    await setUp({ mode });
    expect(await service?.start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'signin' })).toMatchObject({
      ok: false,
      error: { code: 'AUSWEISAPP_BUSY' },
    });
  });
});

describe('what the helper refuses before talking to AusweisApp', () => {
  it.each([
    ['http://127.0.0.1:8443/tcToken', 'EID_NOT_ALLOWED'],
    ['https://evil.test/tcToken', 'EID_NOT_ALLOWED'],
    ['not a url', 'EID_NOT_ALLOWED'],
  ])('%s → %s', async (tcTokenURL, code) => {
    await setUp();
    expect(await service?.start({ tcTokenURL, allowedOrigins: ALLOWED, purpose: 'signin' })).toMatchObject({ ok: false, error: { code } });
    expect(sentCommands()).toEqual([]);
  });

  it('says AusweisApp is not installed when nothing listens and no binary exists', async () => {
    service = createEidService({
      port: 1,
      connect: (p) => connectSdk({ port: p, userAgent: 'x', timeoutMs: 500 }),
      findBinary: () => null,
      startOwn: async () => null,
      fetchSelfInfo: async () => fail('INTERNAL', 'unused'),
      answerTimeoutMs: 500,
    });
    expect(await service.start({ tcTokenURL: TOKEN, allowedOrigins: ALLOWED, purpose: 'signin' })).toMatchObject({
      ok: false,
      error: { code: 'AUSWEISAPP_NOT_INSTALLED' },
    });
    expect(await service.status()).toEqual({
      installed: false,
      running: false,
      version: null,
      problem: null,
      readers: [],
      ownInstance: false,
    });
  });
});

describe('API level 3 (AusweisApp 2.5 persona)', () => {
  it('negotiates level 3 and keeps the refresh URL that already has ResultMajor', async () => {
    await setUp({ persona: '2.5' });
    const { flowId } = await startSignIn();
    await toPin(flowId);
    const done = await act(flowId, { type: 'enter', kind: 'pin' });
    if (done.state !== 'done' || !done.ok) throw new Error('flow failed');
    expect(new URL(done.refreshUrl).searchParams.getAll('ResultMajor')).toEqual(['ok']);
    expect(sdk?.commands.find((c) => c.cmd === 'SET_API_LEVEL')?.level).toBe(3);
  });

  it('answers PAUSE (BadCardPosition) with CONTINUE once the citizen repositioned the card', async () => {
    await setUp({ persona: '2.5', fault: 'pause' });
    const { flowId } = await startSignIn();
    const paused = await toPin(flowId);
    expect(paused.state).toBe('card');
    expect(await act(flowId, { type: 'insertCard', reader: 'Simulator' })).toMatchObject({ state: 'pin', keypad: true });
    expect(sentCommands()).toContain('CONTINUE');
    expect(await act(flowId, { type: 'enter', kind: 'pin' })).toMatchObject({ state: 'done', ok: true });
  });

  it('status lists the readers', async () => {
    await setUp({ persona: '2.5' });
    expect(await service?.status()).toEqual({
      installed: true,
      running: true,
      version: '2.5.3',
      problem: null,
      readers: [{ name: 'Simulator', attached: true, insertable: true, keypad: true, card: null }],
      ownInstance: false,
    });
  });
});
