import * as v from 'valibot';
import { ProtocolErrorSchema } from './errors.ts';

/** Longest message type name, e.g. `consent.revoke`. */
export const MAX_TYPE_CHARS = 64;
/** Longest request id; ids are random or counters, never data. */
export const MAX_ID_CHARS = 64;

const MessageType = v.pipe(v.string(), v.maxLength(MAX_TYPE_CHARS), v.regex(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/));
const MessageId = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_CHARS));

/** A request: `{v, id, type, payload}`. The payload is parsed by the schema of its type. */
export const RequestEnvelopeSchema = v.strictObject({
  v: v.number(),
  id: MessageId,
  type: MessageType,
  payload: v.unknown(),
});
export type RequestEnvelope = v.InferOutput<typeof RequestEnvelopeSchema>;

/**
 * A response echoes the id and type of its request. `id` is null only when the request was so broken
 * that its id could not be read (an unparseable native frame).
 */
export const ResponseEnvelopeSchema = v.strictObject({
  v: v.number(),
  id: v.nullable(MessageId),
  type: v.union([MessageType, v.literal('error')]),
  result: v.variant('ok', [
    v.strictObject({ ok: v.literal(true), value: v.unknown() }),
    v.strictObject({ ok: v.literal(false), error: ProtocolErrorSchema }),
  ]),
});
export type ResponseEnvelope = v.InferOutput<typeof ResponseEnvelopeSchema>;
