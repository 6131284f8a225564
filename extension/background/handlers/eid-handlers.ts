import type { ContentProtocol } from '../../../shared/protocol/content-protocol.ts';
import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { EidFlows } from '../eid/eid-flows.ts';
import type { HelperClient } from '../helper-link/helper-client.ts';
import type { RequestContext } from '../router.ts';
import type { WithKeys } from '../vault/with-keys.ts';

type EidUi = Pick<UiProtocol, 'eid.status' | 'eid.readCard' | 'eid.changePin' | 'eid.view' | 'eid.act' | 'eid.retry' | 'wallet.store'>;

/**
 * eID messages: the content script reports a click on an activation link; the confirm window drives
 * the flow. A locked vault does not stop a sign-in (nothing of the vault is disclosed), it only
 * leaves the audit entry out; storing a wallet read needs the vault unlocked.
 */
export function eidHandlers(deps: {
  flows: EidFlows;
  helper: HelperClient;
  withKeys: WithKeys;
  keysIfUnlocked: () => Promise<VaultKeys | null>;
}): HandlerMap<EidUi & Pick<ContentProtocol, 'eid.activate'>, RequestContext> {
  const { flows } = deps;
  return {
    'eid.activate': async ({ url }, ctx) => {
      return flows.activate({ tabId: ctx.tabId, origin: ctx.origin }, url);
    },
    'eid.status': () => deps.helper.request('eid.status', {}, { timeoutMs: 5000 }),
    'eid.readCard': ({ personId }) => flows.readCard(personId),
    'eid.changePin': () => flows.changePin(),
    'eid.view': async ({ ref }) => flows.view(ref, await deps.keysIfUnlocked()),
    'eid.act': async ({ ref, action }) => flows.act(ref, action, await deps.keysIfUnlocked()),
    'eid.retry': async ({ ref }) => flows.retry(ref, await deps.keysIfUnlocked()),
    'wallet.store': ({ ref, accept }) => deps.withKeys((keys) => flows.store(keys, ref, accept)),
  };
}
