import * as v from 'valibot';

/** Longest string field we keep from an SDK message; AusweisApp's own texts are far shorter. */
export const MAX_SDK_TEXT_CHARS = 2048;

const Text = v.pipe(v.string(), v.maxLength(MAX_SDK_TEXT_CHARS));

/** Every SDK message names itself in `msg`; other fields depend on it (EID.md §5). */
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
