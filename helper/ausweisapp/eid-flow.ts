import * as v from 'valibot';
import {
  ACCESS_RIGHTS, CARD_CHANGING_RIGHTS, numberLengths, type AccessRight, type EidAction, type EidFailure, type EidPurpose, type EidReader, type EidStep,
  type NumberKind, type SelfInfo,
} from '../../shared/protocol/eid-messages.ts';
import { httpsOriginOf } from '../../shared/domain/origin.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import {
  AccessRightsMessageSchema, AuthMessageSchema, CertificateMessageSchema, ChangePinMessageSchema, EnterNumberMessageSchema, ReaderListMessageSchema,
  ReaderMessageSchema, StatusMessageSchema, type SdkReader,
} from './sdk-messages.ts';
import type { SdkConnection } from './sdk-socket.ts';
import { failureOf, withResultMajor } from './auth-result.ts';

/** Longest the flow waits for AusweisApp while it works (TC token, PACE, EAC over the network). */
export const SDK_ANSWER_TIMEOUT_MS = 60_000;
/** Longest the flow waits for the citizen at one step before it cancels. */
export const USER_TIMEOUT_MS = 5 * 60_000;
/** Protocol errors and unknown messages tolerated in one flow before the peer counts as hostile. */
export const MAX_NOISE_MESSAGES = 32;
/** Messages in one flow; a real RUN_AUTH has about 20. */
export const MAX_FLOW_MESSAGES = 1000;

export interface EidFlowOptions {
  readonly connection: SdkConnection;
  readonly apiLevel: number;
  /** Sign-in and wallet read only; a PIN change has none. */
  readonly tcTokenURL: string;
  /** https origins of the portal's eID servers: certificate subject and refresh URL must be one. */
  readonly allowedOrigins: ReadonlySet<string>;
  readonly purpose: EidPurpose;
  /** The helper started this AusweisApp itself (shown at the card step, docs/EID.md §10a). */
  readonly ownAusweisApp?: boolean;
  /** Wallet reads only: GET the refresh URL once and parse the self-information. */
  readonly fetchSelfInfo: (url: string) => Promise<Result<SelfInfo>>;
  readonly timeouts?: { sdkMs?: number; userMs?: number };
  /** Steps in the flow's life, for the helper's log (never a value). */
  readonly note?: (event: string, detail: string) => void;
}

export interface EidFlow {
  /** Sends RUN_AUTH (RUN_CHANGE_PIN) and resolves with the first step that needs the citizen (or the end). */
  start(): Promise<EidStep>;
  act(action: EidAction): Promise<Result<EidStep>>;
  readonly finished: boolean;
}

type Phase = 'idle' | 'started' | 'rights' | 'consent' | 'accepted' | 'ending' | 'done';

const isRight = (name: string): name is AccessRight => (ACCESS_RIGHTS as readonly string[]).includes(name);

function toReader(reader: SdkReader): EidReader {
  const card = reader.card;
  return {
    name: reader.name, attached: reader.attached, insertable: reader.insertable, keypad: reader.keypad,
    card: card ? { retryCounter: card.retryCounter ?? null, deactivated: card.deactivated, inoperative: card.inoperative } : null,
  };
}

const NUMBER_KIND_OF: Readonly<Record<string, NumberKind>> = { ENTER_PIN: 'pin', ENTER_CAN: 'can', ENTER_PUK: 'puk', ENTER_NEW_PIN: 'newPin' };
const SET_COMMAND_OF: Readonly<Record<NumberKind, string>> = { pin: 'SET_PIN', can: 'SET_CAN', puk: 'SET_PUK', newPin: 'SET_NEW_PIN' };

/**
 * One `RUN_AUTH` through AusweisApp's SDK (docs/EID.md §4–§8), as a state machine that trusts nothing the
 * peer says out of order: no PIN is ever sent before the citizen saw the certificate and accepted the
 * rights (docs/SECURITY.md H6), rights that change the card are refused, the certificate subject and the
 * refresh URL must be on the portal's eID origins (H7), and the PIN goes into exactly one SET_PIN right
 * after ENTER_PIN, never on a keypad reader, and is not kept anywhere (H8).
 *
 * A PIN change (`purpose: 'changePin'`, docs/EID.md §6a) runs `RUN_CHANGE_PIN` through the same machine:
 * there is nothing to consent to, so it starts where a sign-in is after ACCEPT; the current PIN may be the
 * five-digit Transport-PIN, the new one goes once into SET_NEW_PIN, and CHANGE_PIN{success} ends it.
 */
export function createEidFlow(options: EidFlowOptions): EidFlow {
  const { connection } = options;
  const sdkMs = options.timeouts?.sdkMs ?? SDK_ANSWER_TIMEOUT_MS;
  const userMs = options.timeouts?.userMs ?? USER_TIMEOUT_MS;
  const note = options.note ?? (() => undefined);
  let phase: Phase = 'idle';
  let step: EidStep = { state: 'working', progress: null };
  let readers: EidReader[] = [];
  let rights: { required: AccessRight[]; optional: AccessRight[] } = { required: [], optional: [] };
  let numberKind: NumberKind | null = null;
  let keypad = false;
  let noise = 0;
  let messages = 0;
  let version = 0;
  const listeners = new Set<() => void>();
  let ourFailure: { failure: EidFailure; message: string } | null = null;
  /** What the first ACCESS_RIGHTS said, shown once the certificate arrives. */
  let pendingRights: { effective: AccessRight[]; requiredAge: string | null; transactionInfo: string | null } = { effective: [], requiredAge: null, transactionInfo: null };
  /** SET_ACCESS_RIGHTS sent; its ACCESS_RIGHTS answer is checked, then ACCEPT follows. */
  let awaitingRightsAnswer = false;
  let keptOptional: AccessRight[] = [];
  let paused = false;
  let awaitingReaderList = false;
  /** The number sent last: asked for the same one right after, it was wrong. */
  let lastSent: NumberKind | null = null;

  const cardStep = (isPaused: boolean): EidStep => ({ state: 'card', readers, paused: isPaused, ownAusweisApp: options.ownAusweisApp ?? false });

  const setStep = (next: EidStep): void => {
    step = next;
    version++;
    for (const listener of [...listeners]) listener();
  };

  function finish(next: EidStep): void {
    phase = 'done';
    connection.close();
    note('flow-end', next.state === 'done' ? (next.ok ? 'ok' : next.failure) : next.state);
    setStep(next);
  }

  /** Stop on our own decision: cancel in AusweisApp and report why; the final AUTH is then ignored. */
  function abort(failure: EidFailure, message: string): void {
    if (phase === 'done') return;
    ourFailure = { failure, message };
    connection.send({ cmd: 'CANCEL' });
    finish({ state: 'done', ok: false, failure, message, refreshUrl: null });
  }

  async function onAuthResult(auth: v.InferOutput<typeof AuthMessageSchema>): Promise<void> {
    const result = auth.result;
    if (!result) return;
    const url = auth.url && httpsOriginOf(auth.url) ? auth.url : null;
    const allowedUrl = url !== null && options.allowedOrigins.has(httpsOriginOf(url) as string) ? withResultMajor(url, result) : null;
    if (!result.major.endsWith('#ok')) {
      finish({ state: 'done', ok: false, failure: failureOf(result), message: (result.message ?? '').slice(0, 512), refreshUrl: allowedUrl });
      return;
    }
    if (allowedUrl === null) {
      finish({ state: 'done', ok: false, failure: 'REFRESH_NOT_ALLOWED', message: 'refresh address not on an eID origin of this portal', refreshUrl: null });
      return;
    }
    if (options.purpose === 'signin') {
      finish({ state: 'done', ok: true, refreshUrl: allowedUrl, selfInfo: null });
      return;
    }
    phase = 'ending';
    connection.close();
    const selfInfo = await options.fetchSelfInfo(allowedUrl);
    // The refresh URL of a wallet read is a bearer capability for the citizen's data: it stays here.
    finish(selfInfo.ok
      ? { state: 'done', ok: true, refreshUrl: '', selfInfo: selfInfo.value }
      : { state: 'done', ok: false, failure: 'PROVIDER_DATA', message: selfInfo.error.message, refreshUrl: null });
  }

  function onMessage(message: Record<string, unknown> & { msg: string }): void {
    if (++messages > MAX_FLOW_MESSAGES) return abort('PEER_MISBEHAVED', 'too many messages from AusweisApp');
    switch (message.msg) {
      case 'AUTH': {
        if (options.purpose === 'changePin') return noisy();
        const auth = v.safeParse(AuthMessageSchema, message);
        if (!auth.success) return abort('PEER_MISBEHAVED', 'malformed AUTH');
        if (auth.output.error !== undefined && phase === 'started') {
          return finish({ state: 'done', ok: false, failure: 'NETWORK', message: auth.output.error.slice(0, 512), refreshUrl: null });
        }
        if (auth.output.result) {
          if (ourFailure) return;
          void onAuthResult(auth.output);
        }
        return;
      }
      case 'ACCESS_RIGHTS': {
        const parsed = v.safeParse(AccessRightsMessageSchema, message);
        if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed ACCESS_RIGHTS');
        if (parsed.output.error !== undefined) return abort('RIGHTS_NOT_ALLOWED', 'AusweisApp refused the chosen rights');
        const { chat } = parsed.output;
        const all = [...chat.required, ...chat.optional, ...chat.effective];
        if (!all.every(isRight)) return abort('RIGHTS_NOT_ALLOWED', 'unknown access right requested');
        if (chat.required.some((r) => CARD_CHANGING_RIGHTS.has(r as AccessRight))) {
          return abort('RIGHTS_NOT_ALLOWED', 'a right that changes the card is required');
        }
        if (phase === 'started') {
          rights = { required: chat.required as AccessRight[], optional: chat.optional as AccessRight[] };
          pendingRights = { effective: chat.effective as AccessRight[], requiredAge: parsed.output.aux?.requiredAge ?? null, transactionInfo: parsed.output.transactionInfo ?? null };
          phase = 'rights';
          connection.send({ cmd: 'GET_CERTIFICATE' });
        } else if (phase === 'consent' && awaitingRightsAnswer) {
          awaitingRightsAnswer = false;
          const allowed = new Set([...rights.required, ...keptOptional]);
          if (!chat.effective.every((r) => allowed.has(r as AccessRight))) return abort('RIGHTS_NOT_ALLOWED', 'AusweisApp kept rights the citizen removed');
          phase = 'accepted';
          connection.send({ cmd: 'ACCEPT' });
        }
        return;
      }
      case 'CERTIFICATE': {
        if (phase !== 'rights') return noisy();
        const parsed = v.safeParse(CertificateMessageSchema, message);
        if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed CERTIFICATE');
        const { description, validity } = parsed.output;
        const subjectOrigin = httpsOriginOf(description.subjectUrl);
        if (subjectOrigin === null || !options.allowedOrigins.has(subjectOrigin)) {
          return abort('SUBJECT_NOT_ALLOWED', `certificate subject ${description.subjectUrl.slice(0, 200)} is not an eID origin of this portal`);
        }
        phase = 'consent';
        const { effective, requiredAge, transactionInfo } = pendingRights;
        return setStep({
          state: 'consent',
          certificate: {
            issuerName: description.issuerName, issuerUrl: description.issuerUrl, subjectName: description.subjectName,
            subjectUrl: description.subjectUrl, purpose: description.purpose, termsOfUsage: description.termsOfUsage,
            effectiveDate: validity.effectiveDate, expirationDate: validity.expirationDate,
          },
          required: rights.required,
          optional: rights.optional.filter((r) => !CARD_CHANGING_RIGHTS.has(r)),
          effective: effective.filter((r) => !CARD_CHANGING_RIGHTS.has(r)),
          requiredAge,
          transactionInfo,
        });
      }
      case 'INSERT_CARD':
        if (phase !== 'accepted') return abort('PEER_MISBEHAVED', 'INSERT_CARD before the citizen accepted');
        // The card step waits for a fresh reader list: the greeting's may be stale (docs/EID.md §2).
        awaitingReaderList = true;
        connection.send({ cmd: 'GET_READER_LIST' });
        return;
      case 'READER': {
        const parsed = v.safeParse(ReaderMessageSchema, message);
        if (!parsed.success) return noisy();
        const reader = toReader(parsed.output);
        readers = [...readers.filter((r) => r.name !== reader.name), reader].slice(-16);
        if (step.state === 'card') setStep(cardStep(paused));
        return;
      }
      case 'READER_LIST': {
        const parsed = v.safeParse(ReaderListMessageSchema, message);
        if (!parsed.success) return noisy();
        readers = parsed.output.readers.map(toReader);
        if (step.state === 'card' || awaitingReaderList) {
          awaitingReaderList = false;
          setStep(cardStep(paused));
        }
        return;
      }
      case 'CHANGE_PIN': {
        if (options.purpose !== 'changePin') return noisy();
        const parsed = v.safeParse(ChangePinMessageSchema, message);
        if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed CHANGE_PIN');
        // The bare CHANGE_PIN only says the workflow started.
        if (parsed.output.success === undefined || ourFailure) return;
        if (parsed.output.success) return finish({ state: 'done', ok: true, refreshUrl: '', selfInfo: null });
        const reason = (parsed.output.reason ?? '').slice(0, 512);
        return finish({ state: 'done', ok: false, failure: /User_Cancelled/i.test(reason) ? 'CANCELLED' : 'PIN_NOT_CHANGED', message: reason, refreshUrl: null });
      }
      case 'ENTER_PIN':
      case 'ENTER_CAN':
      case 'ENTER_PUK':
      case 'ENTER_NEW_PIN': {
        // The PIN is asked for only after the citizen saw the certificate and accepted (H6).
        if (phase !== 'accepted') return abort('PEER_MISBEHAVED', `${message.msg} before the citizen accepted`);
        const parsed = v.safeParse(EnterNumberMessageSchema, message);
        if (!parsed.success) return abort('PEER_MISBEHAVED', `malformed ${message.msg}`);
        const reader = parsed.output.reader;
        if (message.msg === 'ENTER_PUK' && reader?.card?.inoperative) return abort('CARD_BLOCKED', 'the PUK is used up');
        if (message.msg === 'ENTER_NEW_PIN' && options.purpose !== 'changePin') return abort('PEER_MISBEHAVED', 'ENTER_NEW_PIN outside a PIN change');
        numberKind = NUMBER_KIND_OF[message.msg] as NumberKind;
        keypad = reader?.keypad ?? false;
        // AusweisApp 2.3 asks again without `error` after a wrong PIN (docs/EID.md §5): being asked for
        // the number just sent is itself the sign that it was wrong (after a right CAN or PUK, the PIN is not).
        const invalid = parsed.output.error !== undefined || lastSent === numberKind;
        return setStep({ state: numberKind, keypad, retryCounter: reader?.card?.retryCounter ?? null, invalid });
      }
      case 'PAUSE':
        if (options.apiLevel < 3 || phase !== 'accepted') return noisy();
        paused = true;
        return setStep(cardStep(true));
      case 'STATUS': {
        const parsed = v.safeParse(StatusMessageSchema, message);
        if (parsed.success && step.state === 'working') setStep({ state: 'working', progress: parsed.output.progress });
        return;
      }
      default:
        return noisy();
    }
  }

  function noisy(): void {
    if (++noise > MAX_NOISE_MESSAGES) abort('PEER_MISBEHAVED', 'too many unexpected messages from AusweisApp');
  }


  /** Reads AusweisApp until the flow ends; a silent peer while it should be working is a timeout. */
  async function pump(): Promise<void> {
    let lastMessageAt = Date.now();
    const ended = (): boolean => phase === 'done' || phase === 'ending';
    while (!ended()) {
      const waitingForCitizen = step.state !== 'working';
      const message = await connection.next(1000);
      if (ended()) return;
      if (message === null) {
        if (connection.misbehaved) return abort('PEER_MISBEHAVED', 'AusweisApp sent a frame we do not accept');
        if (connection.closed) return finish({ state: 'done', ok: false, failure: 'DISCONNECTED', message: 'AusweisApp closed the connection', refreshUrl: null });
        if (Date.now() - lastMessageAt > (waitingForCitizen ? userMs : sdkMs)) return abort('TIMEOUT', waitingForCitizen ? 'no answer from the citizen' : 'no answer from AusweisApp');
        continue;
      }
      lastMessageAt = Date.now();
      onMessage(message);
    }
  }

  /** The next step after `since`, or the current one after `waitMs`. */
  function stepAfter(since: number, waitMs: number): Promise<EidStep> {
    if (version !== since || phase === 'done') return Promise.resolve(step);
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        listeners.delete(done);
        resolve(step);
      };
      const timer = setTimeout(done, waitMs);
      listeners.add(done);
    });
  }

  /** Waits past `working` steps until the citizen is needed again or the flow ended. */
  async function untilCitizen(since: number, waitMs: number): Promise<EidStep> {
    const deadline = Date.now() + waitMs;
    let seen = since;
    for (;;) {
      const next = await stepAfter(seen, Math.max(0, deadline - Date.now()));
      if (next.state !== 'working' || Date.now() >= deadline) return next;
      seen = version;
    }
  }

  return {
    get finished() {
      return phase === 'done';
    },
    async start() {
      note('flow-start', options.purpose);
      if (options.purpose === 'changePin') {
        // Nothing to consent to: card and PIN messages are expected at once.
        phase = 'accepted';
        connection.send({ cmd: 'RUN_CHANGE_PIN', status: true });
      } else {
        phase = 'started';
        connection.send({ cmd: 'RUN_AUTH', tcTokenURL: options.tcTokenURL, status: true });
      }
      void pump();
      return untilCitizen(version, sdkMs);
    },
    async act(action) {
      if (phase === 'done' && action.type !== 'wait') return fail('EID_WRONG_STATE', 'the flow has ended');
      const since = version;
      switch (action.type) {
        case 'wait':
          return ok(await stepAfter(since, action.waitMs));
        case 'cancel':
          abort('CANCELLED', 'cancelled by the citizen');
          return ok(step);
        case 'accept': {
          if (step.state !== 'consent' || awaitingRightsAnswer) return fail('EID_WRONG_STATE', 'nothing to accept now');
          const offered = new Set(rights.optional);
          keptOptional = action.optional.filter((r) => offered.has(r) && !CARD_CHANGING_RIGHTS.has(r));
          awaitingRightsAnswer = true;
          setStep({ state: 'working', progress: null });
          connection.send({ cmd: 'SET_ACCESS_RIGHTS', chat: keptOptional });
          return ok(await untilCitizen(version, sdkMs));
        }
        case 'insertCard': {
          if (step.state !== 'card') return fail('EID_WRONG_STATE', 'no card is asked for now');
          if (paused) {
            paused = false;
            connection.send({ cmd: 'CONTINUE' });
          } else {
            const reader = readers.find((r) => r.name === action.reader);
            if (!reader?.insertable) return fail('EID_WRONG_STATE', 'this reader takes no virtual card');
            connection.send({ cmd: 'SET_CARD', name: reader.name });
          }
          setStep({ state: 'working', progress: null });
          return ok(await untilCitizen(version, sdkMs));
        }
        case 'enter': {
          if (step.state !== action.kind || numberKind !== action.kind) return fail('EID_WRONG_STATE', `no ${action.kind} is asked for now`);
          // A keypad must be used when present (TR-03124-1 §3.8): a typed number is refused, not sent.
          if (keypad && action.value !== undefined) return fail('INVALID_VALUE', 'this reader has a keypad: enter the number there');
          const lengths = numberLengths(action.kind, options.purpose);
          if (!keypad && (action.value === undefined || !lengths.includes(action.value.length))) return fail('INVALID_VALUE', `${lengths.join(' or ')} digits expected`);
          const cmd = SET_COMMAND_OF[action.kind];
          numberKind = null;
          lastSent = action.kind;
          setStep({ state: 'working', progress: null });
          connection.send(keypad ? { cmd } : { cmd, value: action.value });
          return ok(await untilCitizen(version, sdkMs));
        }
      }
    },
  };
}
