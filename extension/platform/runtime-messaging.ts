import { newRequestId } from '../../shared/protocol/new-request-id.ts';
import type { ProtocolSpec, RequestOf, ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import { readResponse } from '../../shared/protocol/read-response.ts';
import { fail, type Result } from '../../shared/protocol/result.ts';
import { PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { browser } from './browser.ts';
import { sendUntilDelivered } from './send-until-delivered.ts';

export type BackgroundRequest<S extends ProtocolSpec> = <T extends keyof S & string>(
  type: T,
  payload: RequestOf<S, T>,
) => Promise<Result<ResponseOf<S, T>>>;

/**
 * A typed client for one protocol table towards the background: callers name a type and get that
 * type's checked response, never a raw `sendMessage` reply.
 */
export function backgroundClient<S extends ProtocolSpec>(spec: S): BackgroundRequest<S> {
  return async (type, payload) => {
    let raw: unknown;
    const message = { v: PROTOCOL_VERSION, id: newRequestId(), type, payload };
    try {
      // A background still waking up has no listener yet: sent again, bounded, instead of failing the page.
      raw = await sendUntilDelivered(() => browser.runtime.sendMessage(message));
    } catch {
      return fail('INTERNAL', 'background unreachable');
    }
    return readResponse(spec, type, raw);
  };
}
