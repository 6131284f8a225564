import * as v from 'valibot';

/**
 * Schemas of the eID flow, shared by the helper (which drives AusweisApp) and the extension (which
 * shows the flow in the confirm window). They cross two boundaries: helper → background (native
 * table) and background → confirm window (UI table).
 */

/** Access rights AusweisApp names in ACCESS_RIGHTS (docs/EID.md §5); anything else is refused. */
export const ACCESS_RIGHTS = [
  'DocumentType',
  'IssuingCountry',
  'ValidUntil',
  'GivenNames',
  'FamilyName',
  'ArtisticName',
  'DoctoralDegree',
  'DateOfBirth',
  'PlaceOfBirth',
  'Nationality',
  'BirthName',
  'Address',
  'CommunityID',
  'ResidencePermitI',
  'ResidencePermitII',
  'AgeVerification',
  'AddressVerification',
  'Pseudonym',
  'CanAllowed',
  'PinManagement',
  'WriteAddress',
  'WriteCommunityID',
  'WriteResidencePermitI',
  'WriteResidencePermitII',
] as const;
export type AccessRight = (typeof ACCESS_RIGHTS)[number];

/** Rights that change the card; never granted in a sign-in or wallet read (docs/EID.md §12, ours). */
export const CARD_CHANGING_RIGHTS: ReadonlySet<AccessRight> = new Set([
  'PinManagement',
  'WriteAddress',
  'WriteCommunityID',
  'WriteResidencePermitI',
  'WriteResidencePermitII',
]);

const MAX_RIGHTS = ACCESS_RIGHTS.length;
export const RightListSchema = v.pipe(v.array(v.picklist(ACCESS_RIGHTS)), v.maxLength(MAX_RIGHTS));

/** Longest certificate text we relay; real terms of usage are a few hundred characters. */
export const MAX_TERMS_CHARS = 4096;
const Short = v.pipe(v.string(), v.maxLength(512));
const Url = v.pipe(v.string(), v.maxLength(2048));

export const EidCertificateSchema = v.strictObject({
  issuerName: Short,
  issuerUrl: Url,
  subjectName: Short,
  subjectUrl: Url,
  purpose: v.pipe(v.string(), v.maxLength(MAX_TERMS_CHARS)),
  termsOfUsage: v.pipe(v.string(), v.maxLength(MAX_TERMS_CHARS)),
  effectiveDate: v.pipe(v.string(), v.maxLength(32)),
  expirationDate: v.pipe(v.string(), v.maxLength(32)),
});
export type EidCertificate = v.InferOutput<typeof EidCertificateSchema>;

export const EidReaderSchema = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(128)),
  attached: v.boolean(),
  insertable: v.boolean(),
  keypad: v.boolean(),
  card: v.nullable(
    v.strictObject({
      retryCounter: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(3))),
      deactivated: v.boolean(),
      inoperative: v.boolean(),
    }),
  ),
});
export type EidReader = v.InferOutput<typeof EidReaderSchema>;
const ReaderListSchema = v.pipe(v.array(EidReaderSchema), v.maxLength(16));

/** Why a flow ended without success; the confirm window words each one. */
export const EID_FAILURES = [
  'CANCELLED',
  'CARD_ERROR',
  'CARD_REMOVED',
  'CARD_BLOCKED',
  'NETWORK',
  'SERVER',
  'CERTIFICATE',
  'SUBJECT_NOT_ALLOWED',
  'RIGHTS_NOT_ALLOWED',
  'REFRESH_NOT_ALLOWED',
  'PEER_MISBEHAVED',
  'DISCONNECTED',
  'TIMEOUT',
  'PROVIDER_DATA',
  'PIN_NOT_CHANGED',
  'UNKNOWN',
] as const;
export type EidFailure = (typeof EID_FAILURES)[number];

/** The citizen's own data as the attribute provider returned it: only values with permission ALLOWED. */
export const SelfInfoSchema = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(32)), v.pipe(v.string(), v.maxLength(512))),
  v.check((r) => Object.keys(r).length <= 24, 'too many fields'),
);
export type SelfInfo = v.InferOutput<typeof SelfInfoSchema>;

/** The numbers a flow can ask for. */
export const NUMBER_KINDS = ['pin', 'can', 'puk', 'newPin'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

/**
 * Digits each number has (TR-03124-1): in a PIN change the current PIN may still be the five-digit
 * Transport-PIN from the PIN letter; everywhere else the PIN has six.
 */
export function numberLengths(kind: NumberKind, purpose: EidPurpose): readonly number[] {
  if (kind === 'puk') return [10];
  if (kind === 'pin' && purpose === 'changePin') return [5, 6];
  return [6];
}

/** What a flow is for: signing in at a portal, reading the citizen's own data, or setting the PIN. */
export const EID_PURPOSES = ['signin', 'wallet', 'changePin'] as const;
export type EidPurpose = (typeof EID_PURPOSES)[number];

/**
 * Where a flow stands. Each state but `working` waits for the citizen; `done` is final. PIN, CAN and
 * PUK states carry the keypad flag (type on the reader) and the retry counter, never a number.
 */
export const EidStepSchema = v.variant('state', [
  v.strictObject({ state: v.literal('working'), progress: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))) }),
  v.strictObject({
    state: v.literal('consent'),
    certificate: EidCertificateSchema,
    required: RightListSchema,
    optional: RightListSchema,
    effective: RightListSchema,
    requiredAge: v.nullable(v.pipe(v.string(), v.maxLength(8))),
    transactionInfo: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TERMS_CHARS))),
  }),
  /**
   * `paused`: AusweisApp ≥ 2.2 lost the card's position (PAUSE); the citizen moves it, then continues.
   * `ownAusweisApp`: the helper started this AusweisApp itself, so a smartphone paired in the citizen's
   * own AusweisApp is not among the readers (docs/EID.md §10a).
   */
  v.strictObject({ state: v.literal('card'), readers: ReaderListSchema, paused: v.boolean(), ownAusweisApp: v.boolean() }),
  /** `newPin`: a PIN change asks for the new six-digit PIN (the window asks twice and sends it once). */
  v.strictObject({
    state: v.picklist(NUMBER_KINDS),
    keypad: v.boolean(),
    retryCounter: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(3))),
    /** The last entry was not accepted: malformed, or the number just sent was wrong. */
    invalid: v.boolean(),
  }),
  v.strictObject({ state: v.literal('done'), ok: v.literal(true), refreshUrl: Url, selfInfo: v.nullable(SelfInfoSchema) }),
  v.strictObject({
    state: v.literal('done'),
    ok: v.literal(false),
    failure: v.picklist(EID_FAILURES),
    /** AusweisApp's own explanation (its language), shown under ours. */
    message: v.pipe(v.string(), v.maxLength(512)),
    refreshUrl: v.nullable(Url),
  }),
]);
export type EidStep = v.InferOutput<typeof EidStepSchema>;
/** A step that asks for a number (PIN, CAN, PUK, new PIN). */
export type EidNumberStep = Extract<EidStep, { keypad: boolean }>;

/** What the citizen (or the confirm window waiting for progress) does next in a running flow. */
export const EidActionSchema = v.variant('type', [
  v.strictObject({ type: v.literal('wait'), waitMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(25_000)) }),
  v.strictObject({ type: v.literal('accept'), optional: RightListSchema }),
  v.strictObject({ type: v.literal('insertCard'), reader: v.pipe(v.string(), v.minLength(1), v.maxLength(128)) }),
  /** `value` is absent on a keypad reader; the helper sends it once and keeps no copy. */
  v.strictObject({
    type: v.literal('enter'),
    kind: v.picklist(NUMBER_KINDS),
    value: v.optional(v.pipe(v.string(), v.regex(/^[0-9]{5,6}$|^[0-9]{10}$/))),
  }),
  v.strictObject({ type: v.literal('cancel') }),
]);
export type EidAction = v.InferOutput<typeof EidActionSchema>;

export const FlowIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/));

/** Starting a flow: the tcTokenURL and the origins the portal's registry entry lists for eID. */
export const EidStartRequestSchema = v.strictObject({
  tcTokenURL: v.pipe(v.string(), v.maxLength(2048)),
  allowedOrigins: v.pipe(v.array(v.pipe(v.string(), v.maxLength(256))), v.minLength(1), v.maxLength(8)),
  purpose: v.picklist(['signin', 'wallet']),
});

export const EidStatusSchema = v.strictObject({
  installed: v.boolean(),
  running: v.boolean(),
  version: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  problem: v.nullable(v.picklist(['AUSWEISAPP_BUSY', 'AUSWEISAPP_NOT_VERIFIED', 'AUSWEISAPP_UNREACHABLE'])),
  readers: ReaderListSchema,
  /** The running AusweisApp is the helper's own headless one, not the citizen's (docs/EID.md §10a). */
  ownInstance: v.boolean(),
});
export type EidStatus = v.InferOutput<typeof EidStatusSchema>;

/** A value from the card next to what the vault holds, for the citizen to confirm (wallet read). */
export const CardDifferenceSchema = v.strictObject({
  attributeId: v.pipe(v.string(), v.maxLength(64)),
  card: v.pipe(v.string(), v.maxLength(512)),
  stored: v.nullable(v.pipe(v.string(), v.maxLength(1000))),
  storedSource: v.nullable(v.picklist(['user', 'eid'])),
  needsReview: v.boolean(),
});

/**
 * Why a flow could not start or go on (helper, AusweisApp, the portal's eID origins); the confirm window
 * words each one. Error codes outside this list reach the window as `INTERNAL`.
 */
export const EID_PROBLEMS = [
  'HELPER_NOT_INSTALLED',
  'HELPER_DISCONNECTED',
  'TIMEOUT',
  'AUSWEISAPP_UNREACHABLE',
  'AUSWEISAPP_BUSY',
  'AUSWEISAPP_NOT_VERIFIED',
  'AUSWEISAPP_NOT_INSTALLED',
  'EID_FLOW_RUNNING',
  'EID_NOT_ALLOWED',
  'ORIGIN_NOT_ALLOWED',
  'INTERNAL',
] as const;
export type EidProblem = (typeof EID_PROBLEMS)[number];

/** What the confirm window shows of an eID flow the background holds. */
export const EidViewSchema = v.strictObject({
  purpose: v.picklist(EID_PURPOSES),
  portalName: v.pipe(v.string(), v.maxLength(120)),
  /** The page's origin (sign-in) or the attribute provider's (wallet read). */
  origin: v.pipe(v.string(), v.maxLength(300)),
  /** Null until the helper answered, or when the flow could not start (`problem`). */
  step: v.nullable(EidStepSchema),
  problem: v.nullable(v.picklist(EID_PROBLEMS)),
  differences: v.pipe(v.array(CardDifferenceSchema), v.maxLength(32)),
  /** Sign-in: the tab was sent to the refresh address. Wallet read: the values were stored. */
  completed: v.boolean(),
});
export type EidView = v.InferOutput<typeof EidViewSchema>;
export const EidRefSchema = v.strictObject({ ref: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)) });
