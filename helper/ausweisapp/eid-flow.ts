import type { EidAction, EidPurpose, EidStep, SelfInfo } from '../../shared/protocol/eid-messages.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import { advance, INITIAL_EID_STATE, type EidEffects, type EidInput, type EidMachineState } from './eid-machine.ts';
import type { SdkConnection } from './sdk-socket.ts';

/** Longest the flow waits for AusweisApp while it works (TC token, PACE, EAC over the network). */
export const SDK_ANSWER_TIMEOUT_MS = 60_000;
/** Longest the flow waits for the citizen at one step before it cancels. */
export const USER_TIMEOUT_MS = 5 * 60_000;

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

/**
 * The I/O around the pure eID machine (`eid-machine.ts`, docs/EID.md §4–§8, §6a): feeds it AusweisApp's
 * messages, the citizen's actions, silence and the wallet fetch's result; sends the commands it returns,
 * closes the connection and fetches when it says so; and lets callers wait for the next step that needs
 * the citizen. All decisions, and every rule of H6–H8, are in the machine.
 */
export function createEidFlow(options: EidFlowOptions): EidFlow {
  const { connection } = options;
  const sdkMs = options.timeouts?.sdkMs ?? SDK_ANSWER_TIMEOUT_MS;
  const userMs = options.timeouts?.userMs ?? USER_TIMEOUT_MS;
  const note = options.note ?? (() => undefined);
  const config = {
    purpose: options.purpose,
    apiLevel: options.apiLevel,
    tcTokenURL: options.tcTokenURL,
    allowedOrigins: options.allowedOrigins,
    ownAusweisApp: options.ownAusweisApp ?? false,
  };
  let state: EidMachineState = INITIAL_EID_STATE;
  let version = 0;
  const listeners = new Set<() => void>();

  function feed(input: EidInput): EidEffects {
    const before = state.step;
    const { state: next, effects } = advance(config, state, input);
    state = next;
    for (const command of effects.commands) connection.send(command);
    if (effects.close) connection.close();
    if (effects.ended !== null) note('flow-end', effects.ended);
    if (state.step !== before) {
      version++;
      for (const listener of [...listeners]) listener();
    }
    if (effects.fetchSelfInfo !== null)
      void options.fetchSelfInfo(effects.fetchSelfInfo).then((result) => feed({ type: 'selfInfo', result }));
    return effects;
  }

  const ended = (): boolean => state.phase === 'done' || state.phase === 'ending';

  /** Reads AusweisApp until the flow ends; a silent peer while it should be working is a timeout. */
  async function pump(): Promise<void> {
    let lastMessageAt = Date.now();
    while (!ended()) {
      const waitingForCitizen = state.step.state !== 'working';
      const message = await connection.next(1000);
      if (ended()) return;
      if (message === null) {
        if (connection.misbehaved) feed({ type: 'silence', reason: 'misbehaved' });
        else if (connection.closed) feed({ type: 'silence', reason: 'closed' });
        else if (Date.now() - lastMessageAt > (waitingForCitizen ? userMs : sdkMs))
          feed({ type: 'silence', reason: waitingForCitizen ? 'timeout-citizen' : 'timeout-sdk' });
        continue;
      }
      lastMessageAt = Date.now();
      feed({ type: 'message', message });
    }
  }

  /** The next step after `since`, or the current one after `waitMs`. */
  function stepAfter(since: number, waitMs: number): Promise<EidStep> {
    if (version !== since || state.phase === 'done') return Promise.resolve(state.step);
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        listeners.delete(done);
        resolve(state.step);
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
      return state.phase === 'done';
    },
    async start() {
      note('flow-start', options.purpose);
      feed({ type: 'start' });
      void pump();
      return untilCitizen(version, sdkMs);
    },
    async act(action) {
      if (action.type === 'wait') return ok(await stepAfter(version, action.waitMs));
      const effects = feed({ type: 'action', action });
      if (effects.refusal) return fail(effects.refusal.code, effects.refusal.message);
      if (action.type === 'cancel') return ok(state.step);
      return ok(await untilCitizen(version, sdkMs));
    },
  };
}
