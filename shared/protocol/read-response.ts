import * as v from 'valibot';
import { ResponseEnvelopeSchema } from './envelope.ts';
import type { ProtocolEntry, ProtocolSpec, ResponseOf } from './protocol-spec.ts';
import { fail, type Result } from './result.ts';

/**
 * Checks a raw response against the envelope and the response schema of the type that was asked,
 * so a caller never trusts a reply type it did not verify.
 */
export function readResponse<S extends ProtocolSpec, T extends keyof S & string>(spec: S, type: T, raw: unknown): Result<ResponseOf<S, T>> {
  const envelope = v.safeParse(ResponseEnvelopeSchema, raw);
  if (!envelope.success) return fail('INVALID_MESSAGE', 'malformed response');
  const { result } = envelope.output;
  if (!result.ok) return result;
  const entry: ProtocolEntry | undefined = spec[type];
  if (entry === undefined) return fail('INVALID_MESSAGE', 'unknown type');
  const value = v.safeParse(entry.response, result.value);
  if (!value.success) return fail('INVALID_MESSAGE', 'response does not match its schema');
  return { ok: true, value: value.output as ResponseOf<S, T> };
}
