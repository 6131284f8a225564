import { describe, expect, it } from 'vitest';
import {
  advance,
  INITIAL_EID_STATE,
  MAX_NOISE_MESSAGES,
  type EidEffects,
  type EidInput,
  type EidMachineConfig,
  type EidMachineState,
} from '../../../../helper/ausweisapp/eid-machine.ts';
import { ok } from '../../../../shared/protocol/result.ts';

const ORIGIN = 'https://id.bund.de';
const config = (over: Partial<EidMachineConfig> = {}): EidMachineConfig => ({
  purpose: 'signin',
  apiLevel: 2,
  tcTokenURL: `${ORIGIN}/eid/tcToken`,
  allowedOrigins: new Set([ORIGIN]),
  ownAusweisApp: false,
  ...over,
});
const msg = (message: Record<string, unknown>): EidInput => ({ type: 'message', message: message as { msg: string } });
const reader = (over: Record<string, unknown> = {}) => ({
  name: 'Simulator',
  attached: true,
  insertable: true,
  keypad: true,
  card: { deactivated: false, inoperative: false, retryCounter: 3 },
  ...over,
});
const RIGHTS = msg({
  msg: 'ACCESS_RIGHTS',
  chat: { required: ['FamilyName'], optional: ['Address', 'DateOfBirth'], effective: ['FamilyName', 'Address', 'DateOfBirth'] },
});
const CERTIFICATE = msg({
  msg: 'CERTIFICATE',
  description: {
    issuerName: 'DVCA',
    issuerUrl: `${ORIGIN}/`,
    subjectName: 'BundID',
    subjectUrl: ORIGIN,
    purpose: 'Anmeldung',
    termsOfUsage: '',
  },
  validity: { effectiveDate: '2026-11-01', expirationDate: '2027-12-31' },
});
const ACCEPT: EidInput = { type: 'action', action: { type: 'accept', optional: ['Address', 'WriteAddress'] } };
const RIGHTS_ANSWER = msg({
  msg: 'ACCESS_RIGHTS',
  chat: { required: ['FamilyName'], optional: ['Address', 'DateOfBirth'], effective: ['FamilyName', 'Address'] },
});

/** Replays inputs from the start; returns the last state and effects. */
function replay(cfg: EidMachineConfig, inputs: readonly EidInput[]): { state: EidMachineState; effects: EidEffects | null } {
  let state = INITIAL_EID_STATE;
  let effects: EidEffects | null = null;
  for (const input of inputs) ({ state, effects } = advance(cfg, state, input));
  return { state, effects };
}

/** States reached by the usual road, to start single transitions from. */
const ROAD = {
  started: [{ type: 'start' }] as EidInput[],
  consent: [{ type: 'start' }, RIGHTS, CERTIFICATE] as EidInput[],
  accepted: [{ type: 'start' }, RIGHTS, CERTIFICATE, ACCEPT, RIGHTS_ANSWER] as EidInput[],
  card: [
    { type: 'start' },
    RIGHTS,
    CERTIFICATE,
    ACCEPT,
    RIGHTS_ANSWER,
    msg({ msg: 'INSERT_CARD' }),
    msg({ msg: 'READER_LIST', readers: [reader()] }),
  ] as EidInput[],
};
const pinOn = (keypad: boolean): EidInput[] => [...ROAD.card, msg({ msg: 'ENTER_PIN', reader: reader({ keypad }) })];
const CANCEL_AND_CLOSE = { commands: [{ cmd: 'CANCEL' }], close: true };

describe('advance: the eID machine, transition by transition (docs/EID.md §4–§8, §6a)', () => {
  it.each<[string, EidMachineConfig, EidInput[], EidInput, Partial<EidMachineState>, Partial<EidEffects>]>([
    [
      'start (sign-in) sends RUN_AUTH with the tcTokenURL',
      config(),
      [],
      { type: 'start' },
      { phase: 'started' },
      { commands: [{ cmd: 'RUN_AUTH', tcTokenURL: `${ORIGIN}/eid/tcToken`, status: true }], close: false },
    ],
    [
      'start (PIN change) sends RUN_CHANGE_PIN and expects the card at once',
      config({ purpose: 'changePin', tcTokenURL: '' }),
      [],
      { type: 'start' },
      { phase: 'accepted' },
      { commands: [{ cmd: 'RUN_CHANGE_PIN', status: true }] },
    ],
    [
      'ACCESS_RIGHTS: kept, the certificate asked for',
      config(),
      ROAD.started,
      RIGHTS,
      { phase: 'rights', rights: { required: ['FamilyName'], optional: ['Address', 'DateOfBirth'] } },
      { commands: [{ cmd: 'GET_CERTIFICATE' }] },
    ],
    [
      'ACCESS_RIGHTS requiring a right that changes the card: stopped (RIGHTS_NOT_ALLOWED)',
      config(),
      ROAD.started,
      msg({ msg: 'ACCESS_RIGHTS', chat: { required: ['WriteAddress'], optional: [], effective: ['WriteAddress'] } }),
      {
        phase: 'done',
        step: {
          state: 'done',
          ok: false,
          failure: 'RIGHTS_NOT_ALLOWED',
          message: 'a right that changes the card is required',
          refreshUrl: null,
        },
      },
      { ...CANCEL_AND_CLOSE, ended: 'RIGHTS_NOT_ALLOWED' },
    ],
    [
      'CERTIFICATE of another origin: stopped (H7)',
      config(),
      [{ type: 'start' }, RIGHTS],
      msg({
        ...(CERTIFICATE as { message: object }).message,
        description: {
          issuerName: 'x',
          issuerUrl: 'https://evil.test/',
          subjectName: 'x',
          subjectUrl: 'https://evil.test',
          purpose: '',
          termsOfUsage: '',
        },
      }),
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'SUBJECT_NOT_ALLOWED' },
    ],
    [
      'a PIN asked for before consent: stopped, nothing asked of the citizen (H6)',
      config(),
      ROAD.consent,
      msg({ msg: 'ENTER_PIN', reader: reader({ keypad: false }) }),
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'PEER_MISBEHAVED' },
    ],
    [
      'accept keeps only offered optional rights that do not change the card',
      config(),
      ROAD.consent,
      ACCEPT,
      { awaitingRightsAnswer: true, keptOptional: ['Address'], step: { state: 'working', progress: null } },
      { commands: [{ cmd: 'SET_ACCESS_RIGHTS', chat: ['Address'] }] },
    ],
    [
      'an answer that keeps a right the citizen removed: stopped',
      config(),
      [...ROAD.consent, ACCEPT],
      msg({
        msg: 'ACCESS_RIGHTS',
        chat: { required: ['FamilyName'], optional: ['Address', 'DateOfBirth'], effective: ['FamilyName', 'Address', 'DateOfBirth'] },
      }),
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'RIGHTS_NOT_ALLOWED' },
    ],
    [
      'the right answer is accepted',
      config(),
      [...ROAD.consent, ACCEPT],
      RIGHTS_ANSWER,
      { phase: 'accepted', awaitingRightsAnswer: false },
      { commands: [{ cmd: 'ACCEPT' }] },
    ],
    [
      'INSERT_CARD asks for a fresh reader list first',
      config(),
      ROAD.accepted,
      msg({ msg: 'INSERT_CARD' }),
      { awaitingReaderList: true },
      { commands: [{ cmd: 'GET_READER_LIST' }] },
    ],
    [
      'ENTER_PIN on a keypad reader: the PIN step says "on the reader"',
      config(),
      ROAD.card,
      msg({ msg: 'ENTER_PIN', reader: reader() }),
      { numberKind: 'pin', keypad: true, step: { state: 'pin', keypad: true, retryCounter: 3, invalid: false } },
      { commands: [] },
    ],
    [
      'an inoperative PUK ends with CARD_BLOCKED',
      config(),
      ROAD.card,
      msg({ msg: 'ENTER_PUK', reader: reader({ card: { deactivated: false, inoperative: true, retryCounter: 0 } }) }),
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'CARD_BLOCKED' },
    ],
    [
      'ENTER_NEW_PIN in a sign-in: stopped',
      config(),
      ROAD.card,
      msg({ msg: 'ENTER_NEW_PIN', reader: reader() }),
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'PEER_MISBEHAVED' },
    ],
    [
      'a typed PIN on a keypad reader is refused, nothing sent',
      config(),
      pinOn(true),
      { type: 'action', action: { type: 'enter', kind: 'pin', value: '123456' } },
      { numberKind: 'pin' },
      { commands: [], refusal: { code: 'INVALID_VALUE', message: 'this reader has a keypad: enter the number there' } },
    ],
    [
      'five digits in a sign-in are refused, nothing sent',
      config(),
      pinOn(false),
      { type: 'action', action: { type: 'enter', kind: 'pin', value: '12345' } },
      { numberKind: 'pin' },
      { commands: [], refusal: { code: 'INVALID_VALUE', message: '6 digits expected' } },
    ],
    [
      'the PIN goes into one SET_PIN, and the state keeps no copy',
      config(),
      pinOn(false),
      { type: 'action', action: { type: 'enter', kind: 'pin', value: '918273' } },
      { numberKind: null, lastSent: 'pin' },
      { commands: [{ cmd: 'SET_PIN', value: '918273' }] },
    ],
    [
      'asked again for the PIN just sent: it was wrong',
      config(),
      [...pinOn(false), { type: 'action', action: { type: 'enter', kind: 'pin', value: '918273' } }],
      msg({ msg: 'ENTER_PIN', reader: reader({ keypad: false }) }),
      { step: { state: 'pin', keypad: false, retryCounter: 3, invalid: true } },
      {},
    ],
    [
      'AUTH ok with a refresh URL of another origin: REFRESH_NOT_ALLOWED, nothing to navigate',
      config(),
      [...pinOn(true), { type: 'action', action: { type: 'enter', kind: 'pin' } }],
      msg({ msg: 'AUTH', result: { major: 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok' }, url: 'https://evil.test/refresh' }),
      {
        phase: 'done',
        step: {
          state: 'done',
          ok: false,
          failure: 'REFRESH_NOT_ALLOWED',
          message: 'refresh address not on an eID origin of this portal',
          refreshUrl: null,
        },
      },
      { commands: [], close: true },
    ],
    [
      'AUTH ok: done with the refresh URL and ResultMajor added',
      config(),
      [...pinOn(true), { type: 'action', action: { type: 'enter', kind: 'pin' } }],
      msg({ msg: 'AUTH', result: { major: 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok' }, url: `${ORIGIN}/eid/refresh?sid=1` }),
      { phase: 'done', step: { state: 'done', ok: true, refreshUrl: `${ORIGIN}/eid/refresh?sid=1&ResultMajor=ok`, selfInfo: null } },
      { close: true, ended: 'ok' },
    ],
    [
      'wallet read: AUTH ok closes and fetches the self-information itself',
      config({ purpose: 'wallet' }),
      [...pinOn(true), { type: 'action', action: { type: 'enter', kind: 'pin' } }],
      msg({ msg: 'AUTH', result: { major: 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok' }, url: `${ORIGIN}/eid/refresh?sid=2` }),
      { phase: 'ending' },
      { close: true, fetchSelfInfo: `${ORIGIN}/eid/refresh?sid=2&ResultMajor=ok`, ended: null },
    ],
    [
      'PAUSE below API level 3 is noise',
      config(),
      ROAD.card,
      msg({ msg: 'PAUSE', cause: 'BadCardPosition' }),
      { noise: 1, paused: false },
      { commands: [] },
    ],
    [
      'PAUSE at API level 3: the card step, paused',
      config({ apiLevel: 3 }),
      ROAD.card,
      msg({ msg: 'PAUSE', cause: 'BadCardPosition' }),
      { paused: true, step: { state: 'card', readers: [reader()] as never, paused: true, ownAusweisApp: false } },
      {},
    ],
    [
      'continue after PAUSE sends CONTINUE',
      config({ apiLevel: 3 }),
      [...ROAD.card, msg({ msg: 'PAUSE', cause: 'BadCardPosition' })],
      { type: 'action', action: { type: 'insertCard', reader: 'Simulator' } },
      { paused: false },
      { commands: [{ cmd: 'CONTINUE' }] },
    ],
    [
      'AusweisApp closed the connection: DISCONNECTED, no CANCEL sent',
      config(),
      ROAD.card,
      { type: 'silence', reason: 'closed' },
      { phase: 'done' },
      { commands: [], close: true, ended: 'DISCONNECTED' },
    ],
    [
      'the citizen stayed away too long: TIMEOUT, cancelled',
      config(),
      ROAD.card,
      { type: 'silence', reason: 'timeout-citizen' },
      { phase: 'done' },
      { ...CANCEL_AND_CLOSE, ended: 'TIMEOUT' },
    ],
    [
      'PIN change: CHANGE_PIN{success:false} after the citizen cancelled on the device is CANCELLED',
      config({ purpose: 'changePin', tcTokenURL: '' }),
      [{ type: 'start' }],
      msg({ msg: 'CHANGE_PIN', success: false, reason: 'Change_Pin_User_Cancelled' }),
      { phase: 'done' },
      { commands: [], close: true, ended: 'CANCELLED' },
    ],
    [
      'PIN change: AUTH is out of place (noise)',
      config({ purpose: 'changePin', tcTokenURL: '' }),
      [{ type: 'start' }],
      msg({ msg: 'AUTH' }),
      { noise: 1, phase: 'accepted' },
      { commands: [] },
    ],
  ])('%s', (_name, cfg, road, input, state, effects) => {
    const before = replay(cfg, road).state;
    const next = advance(cfg, before, input);
    expect(next.state).toMatchObject(state);
    expect(next.effects).toMatchObject(effects);
  });

  it("the wallet fetch's result ends the flow: data, or PROVIDER_DATA; a late result after a cancel changes nothing", () => {
    const cfg = config({ purpose: 'wallet' });
    const ending = replay(cfg, [
      ...pinOn(true),
      { type: 'action', action: { type: 'enter', kind: 'pin' } },
      msg({ msg: 'AUTH', result: { major: '…#ok' }, url: `${ORIGIN}/r` }),
    ]).state;
    expect(advance(cfg, ending, { type: 'selfInfo', result: ok({ GivenNames: 'ERIKA' }) }).state.step).toEqual({
      state: 'done',
      ok: true,
      refreshUrl: '',
      selfInfo: { GivenNames: 'ERIKA' },
    });
    const cancelled = advance(cfg, ending, { type: 'action', action: { type: 'cancel' } }).state;
    expect(advance(cfg, cancelled, { type: 'selfInfo', result: ok({ GivenNames: 'ERIKA' }) })).toEqual({
      state: cancelled,
      effects: { commands: [], close: false, fetchSelfInfo: null, refusal: null, ended: null },
    });
  });

  it(`tolerates ${MAX_NOISE_MESSAGES} messages out of place, then stops the flow as a misbehaving peer`, () => {
    let state = replay(config(), ROAD.card).state;
    for (let i = 0; i < MAX_NOISE_MESSAGES; i++) state = advance(config(), state, msg({ msg: `WHATEVER_${i}` })).state;
    expect(state.phase).toBe('accepted');
    const last = advance(config(), state, msg({ msg: 'WHATEVER' }));
    expect(last.state.step).toMatchObject({ state: 'done', failure: 'PEER_MISBEHAVED' });
    expect(last.effects).toMatchObject(CANCEL_AND_CLOSE);
  });

  it('after the end every message is ignored and every action refused; no number ever sits in the state', () => {
    const cfg = config();
    const road: EidInput[] = [
      ...pinOn(false),
      { type: 'action', action: { type: 'enter', kind: 'pin', value: '918273' } },
      msg({ msg: 'AUTH', result: { major: '…#ok' }, url: `${ORIGIN}/r` }),
    ];
    let state = INITIAL_EID_STATE;
    for (const input of road) {
      state = advance(cfg, state, input).state;
      expect(JSON.stringify(state)).not.toContain('918273');
    }
    expect(state.phase).toBe('done');
    expect(advance(cfg, state, msg({ msg: 'ENTER_PIN', reader: reader() }))).toEqual({
      state,
      effects: { commands: [], close: false, fetchSelfInfo: null, refusal: null, ended: null },
    });
    expect(advance(cfg, state, { type: 'action', action: { type: 'cancel' } }).effects.refusal).toEqual({
      code: 'EID_WRONG_STATE',
      message: 'the flow has ended',
    });
  });
});
