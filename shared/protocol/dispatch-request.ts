import * as v from 'valibot';
import { RequestEnvelopeSchema, type ResponseEnvelope } from './envelope.ts';
import type { HandlerMap, ProtocolSpec, SenderKind } from './protocol-spec.ts';
import { fail, type Result } from './result.ts';
import { PROTOCOL_VERSION } from './version.ts';

export interface DispatchOptions<S extends ProtocolSpec, Ctx> {
  readonly spec: S;
  readonly handlers: HandlerMap<S, Ctx>;
  /** The sender as the receiver established it from the transport; null when it is none of ours. */
  readonly sender: SenderKind | null;
  readonly ctx: Ctx;
}

/**
 * Route one untrusted message: envelope → version → known type → sender allowed → payload schema →
 * handler → response schema. A handler never sees a message that failed an earlier step, and a
 * throwing handler becomes INTERNAL (its message is not passed on: it may hold data).
 */
export async function dispatchRequest<S extends ProtocolSpec, Ctx>(
  message: unknown,
  options: DispatchOptions<S, Ctx>,
): Promise<ResponseEnvelope> {
  const envelope = v.safeParse(RequestEnvelopeSchema, message);
  if (!envelope.success) {
    return respond(null, 'error', fail('INVALID_MESSAGE', 'malformed envelope'));
  }
  const { id, type, payload } = envelope.output;
  if (envelope.output.v !== PROTOCOL_VERSION) {
    return respond(id, type, fail('PROTOCOL_VERSION_MISMATCH', `expected v${PROTOCOL_VERSION}`));
  }
  const entry = Object.hasOwn(options.spec, type) ? options.spec[type] : undefined;
  if (entry === undefined) {
    return respond(id, type, fail('INVALID_MESSAGE', 'unknown type'));
  }
  if (options.sender === null || !entry.from.includes(options.sender)) {
    return respond(id, type, fail('FORBIDDEN_SENDER', 'sender not allowed for this type'));
  }
  const request = v.safeParse(entry.request, payload);
  if (!request.success) {
    return respond(id, type, fail('INVALID_MESSAGE', `invalid payload: ${describeIssue(request.issues)}`));
  }
  const handler = options.handlers[type] as (p: unknown, ctx: Ctx) => Promise<Result<unknown>>;
  let result: Result<unknown>;
  try {
    result = await handler(request.output, options.ctx);
  } catch {
    return respond(id, type, fail('INTERNAL', 'handler failed'));
  }
  if (result.ok) {
    const checked = v.safeParse(entry.response, result.value);
    if (!checked.success) return respond(id, type, fail('INTERNAL', 'handler returned an invalid response'));
    return respond(id, type, { ok: true, value: checked.output });
  }
  return respond(id, type, result);
}

function respond(id: string | null, type: string, result: Result<unknown>): ResponseEnvelope {
  return { v: PROTOCOL_VERSION, id, type, result };
}

/** Path and expectation of the first issue, never the received value (it may be personal data). */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (first === undefined) return 'unknown';
  const path = first.path?.map((item) => String(item.key)).join('.') ?? '';
  return `${path || '(root)'}: expected ${first.expected ?? first.kind}`;
}
