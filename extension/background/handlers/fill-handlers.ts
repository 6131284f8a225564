import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { PageState } from '../../storage/page-state-store.ts';
import type { FillService } from '../fill/fill-service.ts';
import type { SignInService } from '../fill/sign-in-service.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { RequestContext } from '../router.ts';
import type { WithKeys } from '../vault/with-keys.ts';

type FillMessages = Pick<UiProtocol, 'page.current' | 'fill.request' | 'signin.request' | 'consent.pending' | 'consent.decide'>;

/** The popup's "Ausfüllen" and "Anmelden", and the confirm window's first-disclosure decision. */
export function fillHandlers(deps: {
  fill: FillService;
  signIn: SignInService;
  withKeys: WithKeys;
  registry: PortalRegistry;
  pageOf: (tabId: number) => Promise<PageState | undefined>;
}): HandlerMap<FillMessages, RequestContext> {
  const { fill, signIn, withKeys } = deps;
  return {
    'page.current': async ({ tabId }) => {
      const state = await deps.pageOf(tabId);
      const portal = state ? deps.registry.byId(state.portalId) : undefined;
      return ok({ page: state && portal ? { portalId: portal.id, portalName: portal.name, origin: state.origin, kind: state.kind, retired: portal.retired === true } : null });
    },
    'fill.request': ({ tabId }) => withKeys((keys) => fill.request(keys, tabId)),
    'signin.request': ({ tabId, credentialId }) => withKeys((keys) => signIn.request(keys, tabId, credentialId)),
    'consent.pending': ({ pendingId }) => withKeys((keys) => fill.describe(keys, pendingId)),
    'consent.decide': (decision) => withKeys((keys) => fill.decide(keys, decision)),
  };
}
