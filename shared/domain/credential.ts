import * as v from 'valibot';

export const MAX_USERNAME_CHARS = 256;
export const MAX_PASSWORD_CHARS = 1024;

const Origin = v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/[^/?#@\s]+$/));

/** An identity-account credential, bound to one exact https origin. */
export const CredentialSchema = v.strictObject({
  origin: Origin,
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USERNAME_CHARS)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_CHARS)),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Credential = v.InferOutput<typeof CredentialSchema>;

/** What lists show: never the password. */
export type CredentialSummary = Omit<Credential, 'password'> & { id: string };
