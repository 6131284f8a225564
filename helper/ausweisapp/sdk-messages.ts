import * as v from 'valibot';

/** Longest string field we keep from an SDK message; AusweisApp's own texts are far shorter. */
export const MAX_SDK_TEXT_CHARS = 2048;

const Text = v.pipe(v.string(), v.maxLength(MAX_SDK_TEXT_CHARS));

/** Every SDK message names itself in `msg`; other fields depend on it (docs/EID.md §5). */
export const SdkMessageSchema = v.looseObject({ msg: v.pipe(v.string(), v.maxLength(64)) });
export type SdkMessage = v.InferOutput<typeof SdkMessageSchema>;

export const InfoMessageSchema = v.looseObject({
  msg: v.literal('INFO'),
  VersionInfo: v.looseObject({
    Name: v.optional(Text),
    'Implementation-Title': v.optional(Text),
    'Implementation-Version': v.optional(Text),
    'Specification-Title': v.optional(Text),
  }),
});

export const ApiLevelMessageSchema = v.looseObject({
  msg: v.literal('API_LEVEL'),
  error: v.optional(Text),
  available: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(16))),
  current: v.optional(v.number()),
});

/** Texts AusweisApp relays from the provider's certificate may be long (the frame limit bounds them); they are cut, never refused. */
const LongText = v.pipe(
  v.string(),
  v.maxLength(1024 * 1024),
  v.transform((s) => (s.length > 4096 ? `${s.slice(0, 4095)}…` : s)),
);
const Flag = v.optional(v.boolean(), false);

export const SdkCardSchema = v.nullable(
  v.looseObject({
    inoperative: Flag,
    deactivated: Flag,
    retryCounter: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(3))), null),
  }),
);

export const ReaderMessageSchema = v.looseObject({
  name: v.pipe(v.string(), v.maxLength(128)),
  attached: Flag,
  insertable: Flag,
  keypad: Flag,
  card: v.optional(SdkCardSchema, null),
});
export type SdkReader = v.InferOutput<typeof ReaderMessageSchema>;

export const ReaderListMessageSchema = v.looseObject({
  msg: v.literal('READER_LIST'),
  readers: v.pipe(v.array(ReaderMessageSchema), v.maxLength(16)),
});

const Rights = v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(32));

export const AccessRightsMessageSchema = v.looseObject({
  msg: v.literal('ACCESS_RIGHTS'),
  error: v.optional(Text),
  aux: v.optional(v.looseObject({ requiredAge: v.optional(v.pipe(v.string(), v.maxLength(8))) })),
  chat: v.looseObject({ effective: Rights, optional: Rights, required: Rights }),
  transactionInfo: v.optional(LongText),
});

export const CertificateMessageSchema = v.looseObject({
  msg: v.literal('CERTIFICATE'),
  description: v.looseObject({
    issuerName: v.optional(Text, ''),
    issuerUrl: v.optional(Text, ''),
    subjectName: Text,
    subjectUrl: Text,
    termsOfUsage: v.optional(LongText, ''),
    purpose: v.optional(LongText, ''),
  }),
  validity: v.looseObject({ effectiveDate: v.pipe(v.string(), v.maxLength(32)), expirationDate: v.pipe(v.string(), v.maxLength(32)) }),
});

export const EnterNumberMessageSchema = v.looseObject({
  msg: v.picklist(['ENTER_PIN', 'ENTER_CAN', 'ENTER_PUK', 'ENTER_NEW_PIN']),
  error: v.optional(Text),
  reader: v.optional(ReaderMessageSchema),
});

/** `CHANGE_PIN`: bare when RUN_CHANGE_PIN started; with `success` (and from 2.x `reason`) at its end. */
export const ChangePinMessageSchema = v.looseObject({
  msg: v.literal('CHANGE_PIN'),
  success: v.optional(v.boolean()),
  reason: v.optional(Text),
});

export const StatusMessageSchema = v.looseObject({
  msg: v.literal('STATUS'),
  progress: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))), null),
});

export const AuthMessageSchema = v.looseObject({
  msg: v.literal('AUTH'),
  error: v.optional(Text),
  result: v.optional(
    v.looseObject({
      major: Text,
      minor: v.optional(Text),
      message: v.optional(Text),
      reason: v.optional(Text),
    }),
  ),
  url: v.optional(v.pipe(v.string(), v.maxLength(4096))),
});
