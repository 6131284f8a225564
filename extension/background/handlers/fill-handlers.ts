import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { PageState } from '../../storage/page-state-store.ts';
import type { FillService } from '../fill/fill-service.ts';
import type { ActivateFill } from '../fill/activate-fill.ts';
import type { SignInService } from '../fill/sign-in-service.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { RequestContext } from '../router.ts';
import type { WithKeys } from '../vault/with-keys.ts';
import type { CredentialOffers } from '../fill/credential-offers.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';

type FillMessages = Pick<
  UiProtocol,
  'page.current' | 'credential.decideOffer' | 'fill.request' | 'signin.request' | 'consent.pending' | 'consent.target' | 'consent.decide'
>;

/** The popup's "Ausfüllen" and "Anmelden", and the confirm window's first-disclosure decision. */
export function fillHandlers(deps: {
  fill: FillService;
  activateFill: ActivateFill;
  signIn: SignInService;
  withKeys: WithKeys;
  registry: PortalRegistry;
  pageOf: (tabId: number) => Promise<PageState | undefined>;
  offers: CredentialOffers;
  saveCredential: (keys: VaultKeys, offer: { origin: string; username: string; password: string }) => Promise<Result<unknown>>;
}): HandlerMap<FillMessages, RequestContext> {
  const { fill, signIn, withKeys } = deps;
  return {
    'page.current': async ({ tabId }) => {
      const state = await deps.pageOf(tabId);
      const portal = state ? deps.registry.byId(state.portalId) : undefined;
      const offer = deps.offers.peek(tabId);
      return ok({
        page:
          state && portal
            ? {
                portalId: portal.id,
                portalName: portal.name,
                origin: state.origin,
                kind: state.kind,
                retired: portal.retired === true,
                organisation: portal.holder === 'organisation',
              }
            : null,
        offer: offer ? { origin: offer.origin, username: offer.username } : null,
      });
    },
    'credential.decideOffer': async ({ tabId, save }) => {
      if (!save) {
        deps.offers.take(tabId);
        return ok({});
      }
      return withKeys(async (keys) => {
        const offer = deps.offers.take(tabId);
        if (!offer) return fail('NOT_FOUND', 'the offer has expired');
        const saved = await deps.saveCredential(keys, offer);
        return saved.ok ? ok({}) : saved;
      });
    },
    'fill.request': ({ tabId }) => deps.activateFill('popup', tabId),
    'signin.request': ({ tabId, ...choice }) => withKeys((keys) => signIn.request(keys, tabId, choice)),
    'consent.pending': ({ pendingId }) => withKeys((keys) => fill.describe(keys, pendingId)),
    'consent.target': ({ pendingId }) => fill.target(pendingId),
    'consent.decide': (decision) => withKeys((keys) => fill.decide(keys, decision)),
  };
}
