import * as v from 'valibot';

/**
 * The closed set of error codes that cross a boundary. UI text is chosen by code, tests assert on
 * code; `message` is for developers and logs and never carries a value of the user's data.
 */
export const ERROR_CODES = [
  'INVALID_MESSAGE',
  'FORBIDDEN_SENDER',
  'PROTOCOL_VERSION_MISMATCH',
  'FRAME_TOO_LARGE',
  'TIMEOUT',
  'HELPER_NOT_INSTALLED',
  'HELPER_DISCONNECTED',
  'AUSWEISAPP_UNREACHABLE',
  'AUSWEISAPP_BUSY',
  'AUSWEISAPP_NOT_VERIFIED',
  'AUSWEISAPP_NOT_INSTALLED',
  'EID_FLOW_RUNNING',
  'EID_NOT_ALLOWED',
  'EID_WRONG_STATE',
  'LOCKED',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'UNLOCK_THROTTLED',
  'NOT_FOUND',
  'READ_ONLY',
  'INVALID_VALUE',
  'LIMIT_EXCEEDED',
  'CORRUPT_RECORD',
  'INTEGRITY_VIOLATION',
  'BACKUP_INVALID',
  'BACKUP_WRONG_PASSPHRASE',
  'ORIGIN_NOT_ALLOWED',
  'PAGE_CHANGED',
  'UNSAFE_FORM',
  'ORGANISATION_ACCOUNT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Longest error message we pass on; longer ones are cut so an error cannot smuggle bulk data. */
export const MAX_ERROR_MESSAGE_CHARS = 300;

export const ProtocolErrorSchema = v.strictObject({
  code: v.picklist(ERROR_CODES),
  message: v.pipe(v.string(), v.maxLength(MAX_ERROR_MESSAGE_CHARS)),
});

export type ProtocolError = v.InferOutput<typeof ProtocolErrorSchema>;

export function protocolError(code: ErrorCode, message: string): ProtocolError {
  return { code, message: message.slice(0, MAX_ERROR_MESSAGE_CHARS) };
}
