import type { RequestEnvelope } from './envelope.ts';
import type { ErrorCode } from './errors.ts';
import { newRequestId } from './new-request-id.ts';
import type { ProtocolSpec, RequestOf, ResponseOf } from './protocol-spec.ts';
import { readResponse } from './read-response.ts';
import { fail, type Result } from './result.ts';
import { PROTOCOL_VERSION } from './version.ts';

/** A typed request over one protocol table: a type and its payload in, that type's checked response out. */
export type RequestFn<S extends ProtocolSpec, O = never> = <T extends keyof S & string>(
  type: T,
  payload: RequestOf<S, T>,
  options?: O,
) => Promise<Result<ResponseOf<S, T>>>;

/** A transport that knows why it failed (the helper timed out, or is not installed) says so with a stable code. */
export class TransportFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one client side of every protocol boundary (runtime messages to the background, tab messages to
 * a content script, native messages to the helper): it builds the envelope, hands it to the transport
 * and checks the reply against the response schema of the type asked, so no caller ever sees an
 * unchecked reply. A transport failure becomes the boundary's own stable code, because the caller
 * acts on it differently at each: a content script whose background is gone stops (INTERNAL), a tab
 * without our content script is no portal page (ORIGIN_NOT_ALLOWED), a missing helper is offered for
 * installation (HELPER_NOT_INSTALLED).
 */
export function createRequestClient<S extends ProtocolSpec, O = never>(
  spec: S,
  send: (envelope: RequestEnvelope, options: O | undefined) => Promise<unknown>,
  unreachable: { code: ErrorCode; message: string },
): RequestFn<S, O> {
  return async (type, payload, options) => {
    let raw: unknown;
    try {
      raw = await send({ v: PROTOCOL_VERSION, id: newRequestId(), type, payload }, options);
    } catch (error) {
      return error instanceof TransportFailure ? fail(error.code, error.message) : fail(unreachable.code, unreachable.message);
    }
    return readResponse(spec, type, raw);
  };
}
