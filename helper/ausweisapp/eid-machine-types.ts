import type {
  AccessRight,
  EidAction,
  EidFailure,
  EidPurpose,
  EidReader,
  EidStep,
  NumberKind,
  SelfInfo,
} from '../../shared/protocol/eid-messages.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { SdkMessage } from './sdk-messages.ts';

/** What does not change during a flow. */
export interface EidMachineConfig {
  readonly purpose: EidPurpose;
  /** The API level agreed with AusweisApp; PAUSE is read only at 3 and above. */
  readonly apiLevel: number;
  /** Sign-in and wallet read only; a PIN change has none. */
  readonly tcTokenURL: string;
  /** https origins of the portal's eID servers: certificate subject and refresh URL must be one. */
  readonly allowedOrigins: ReadonlySet<string>;
  /** The helper started this AusweisApp itself (shown at the card step, docs/EID.md §10a). */
  readonly ownAusweisApp: boolean;
}

/**
 * `started` RUN_AUTH sent · `rights` ACCESS_RIGHTS seen, certificate asked · `consent` shown to the
 * citizen · `accepted` card and numbers may come · `ending` wallet read fetching its data · `done`.
 */
export type EidPhase = 'idle' | 'started' | 'rights' | 'consent' | 'accepted' | 'ending' | 'done';

export interface EidMachineState {
  readonly phase: EidPhase;
  /** What the citizen sees now. */
  readonly step: EidStep;
  readonly readers: readonly EidReader[];
  readonly rights: { readonly required: readonly AccessRight[]; readonly optional: readonly AccessRight[] };
  /** What the first ACCESS_RIGHTS said, shown once the certificate arrives. */
  readonly pendingRights: {
    readonly effective: readonly AccessRight[];
    readonly requiredAge: string | null;
    readonly transactionInfo: string | null;
  };
  /** SET_ACCESS_RIGHTS sent; its ACCESS_RIGHTS answer is checked, then ACCEPT follows. */
  readonly awaitingRightsAnswer: boolean;
  readonly keptOptional: readonly AccessRight[];
  /** The number AusweisApp asks for now, and whether on a keypad. */
  readonly numberKind: NumberKind | null;
  readonly keypad: boolean;
  readonly paused: boolean;
  /** The card step waits for a fresh reader list (the greeting's may be stale, docs/EID.md §2). */
  readonly awaitingReaderList: boolean;
  /** The number sent last: asked for the same one right after, it was wrong. */
  readonly lastSent: NumberKind | null;
  readonly noise: number;
  readonly messages: number;
  /** We stopped the flow ourselves; AusweisApp's final answer is then ignored. */
  readonly stoppedByUs: boolean;
}

/** Everything that moves the machine: the start, a message from AusweisApp, the citizen, the wallet fetch, silence. */
export type EidInput =
  | { readonly type: 'start' }
  | { readonly type: 'message'; readonly message: SdkMessage }
  | { readonly type: 'action'; readonly action: Exclude<EidAction, { type: 'wait' }> }
  | { readonly type: 'selfInfo'; readonly result: Result<SelfInfo> }
  /** No message: the peer sent a frame we refuse, closed, or stayed silent too long. */
  | { readonly type: 'silence'; readonly reason: 'misbehaved' | 'closed' | 'timeout-sdk' | 'timeout-citizen' };

/** What the I/O loop does after a transition, in this order. */
export interface EidEffects {
  readonly commands: readonly Readonly<Record<string, unknown>>[];
  /** Close the SDK connection: the flow ended, or a wallet read goes on to fetch its data. */
  readonly close: boolean;
  /** Wallet read: GET this refresh URL once and feed the result back as `selfInfo`. */
  readonly fetchSelfInfo: string | null;
  /** An action that does not fit: answered with this error, nothing sent. */
  readonly refusal: { readonly code: RefusalCode; readonly message: string } | null;
  /** The flow ended: its outcome for the log (never a value). */
  readonly ended: string | null;
}

/** Why an action was refused: it does not fit the step, or its number is malformed or typed for a keypad. */
export type RefusalCode = 'EID_WRONG_STATE' | 'INVALID_VALUE';

export interface EidTransition {
  readonly state: EidMachineState;
  readonly effects: EidEffects;
}

export interface Moves {
  /** The state with `next` merged in, and these effects. */
  readonly stay: (next?: Partial<EidMachineState>, effects?: Partial<EidEffects>) => EidTransition;
  /** The flow ends with `step`: the connection is closed. */
  readonly finish: (step: EidStep, next?: Partial<EidMachineState>, commands?: EidEffects['commands']) => EidTransition;
  /** Stop on our own decision: cancel in AusweisApp and say why; its final answer is then ignored. */
  readonly abort: (failure: EidFailure, message: string) => EidTransition;
  /** An action that does not fit the step: refused, nothing sent. */
  readonly refuse: (code: RefusalCode, message: string) => EidTransition;
  /** A message out of place: tolerated up to MAX_NOISE_MESSAGES, then the peer counts as hostile. */
  readonly noisy: () => EidTransition;
  readonly cardStep: (readers: readonly EidReader[], options: { paused: boolean }) => EidStep;
}
