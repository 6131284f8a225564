import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { HelperClient } from '../helper-link/helper-client.ts';
import type { RequestContext } from '../router.ts';

/** Helper status for the extension pages. */
export function helperHandlers(deps: {
  helper: HelperClient;
}): HandlerMap<Pick<UiProtocol, 'helper.status' | 'helper.ping'>, RequestContext> {
  return {
    'helper.status': () => deps.helper.request('helper.status', {}),
    'helper.ping': async () => {
      const started = performance.now();
      const result = await deps.helper.request('helper.ping', {});
      return result.ok ? ok({ roundTripMs: performance.now() - started }) : result;
    },
  };
}
