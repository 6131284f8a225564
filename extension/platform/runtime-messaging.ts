import type { ProtocolSpec } from '../../shared/protocol/protocol-spec.ts';
import { createRequestClient, type RequestFn } from '../../shared/protocol/request-client.ts';
import { browser } from './browser.ts';
import { sendUntilDelivered } from './send-until-delivered.ts';

/**
 * A typed client for one protocol table towards the background. A background still waking up has no
 * listener yet: the message is sent again, bounded, instead of failing the page.
 */
export function backgroundClient<S extends ProtocolSpec>(spec: S): RequestFn<S> {
  return createRequestClient(spec, (envelope) => sendUntilDelivered(() => browser.runtime.sendMessage(envelope)), {
    code: 'INTERNAL',
    message: 'background unreachable',
  });
}
