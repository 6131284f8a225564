import type { SignInStatus } from '../../../shared/protocol/fill-messages.ts';
import { holdsOurValue } from '../../../shared/protocol/holds-our-value.ts';
import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import type { Portal } from '../../../shared/domain/portal.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import { resolveSignInRoutes, type ResolvedRoute } from './sign-in-routes.ts';
import { askTab, type TabsApi } from './tab-link.ts';

const isElsewhere = (r: ResolvedRoute): boolean => r.route.kind === 'broker' || r.route.kind === 'handoff';

/** What the citizen picked in the popup: one of this origin's accounts, or a route to an identity account. */
export interface SignInChoice {
  readonly credentialId?: string;
  readonly route?: { readonly id: number; readonly target: string };
}

/**
 * One-click sign-in on a login page: the credential stored for exactly this https origin is written
 * into the username and password fields and the form submitted. Several accounts, or an own account
 * and an identity account (BundID) the page also offers: the citizen picks. A two-step login
 * (identifier first) gets the username and the step is submitted. A page without its own form
 * (BundID's choice of method, a hand-off "Zur Bund-ID", a Keycloak button) is followed to where the
 * citizen's account signs in; that next page is filled on the next click, never on page load.
 * With no stored account at all, the page's own "Online-Ausweis" link starts the eID sign-in.
 * A certificate-file login (ELSTER) gets the password and waits for the file the citizen chooses.
 */
export function createSignInService(deps: {
  registry: PortalRegistry;
  stores: VaultStores;
  tabs: TabsApi;
  /** The eID sign-in of issue 6 (eid-flows `activate`): false when no helper takes it. */
  startEid: (sender: { tabId: number; origin: string }, activation: string) => Promise<Result<{ handled: boolean }>>;
  now: () => number;
}) {
  const follow = async (tabId: number, chosen: ResolvedRoute): Promise<Result<SignInStatus>> => {
    const followed = await askTab(deps.tabs, tabId, 'signin.follow', { id: chosen.route.id, target: chosen.route.target });
    if (!followed.ok) return followed;
    return followed.value.followed ? ok({ status: 'method-chosen' }) : fail('NOT_FOUND', 'the page changed; the sign-in route is gone');
  };

  /**
   * No stored account fits: the page's own eID-Client link signs in with the ID card (through the
   * helper and our window; without the helper the link is followed, so AusweisApp takes it), and a
   * hand-off page with a single way on ("Zur Bund-ID") is followed, since that is what "Anmelden" means.
   */
  const withoutAccount = async (
    tabId: number,
    origin: string,
    routes: readonly ResolvedRoute[],
    page: { hasForm: boolean; own: boolean },
  ): Promise<Result<SignInStatus>> => {
    const { hasForm, own } = page;
    const eid = routes.find((r) => r.route.kind === 'eid');
    if (eid) {
      const started = await deps.startEid({ tabId, origin }, eid.route.target);
      if (!started.ok) return started;
      return started.value.handled ? ok({ status: 'eid-started' }) : follow(tabId, eid);
    }
    const onward = routes.filter(isElsewhere);
    const single = onward[0];
    if (!hasForm && onward.length === 1 && single) return follow(tabId, single);
    return fail('NOT_FOUND', own ? 'no login form on this page' : 'no stored account for this origin');
  };

  return {
    async request(keys: VaultKeys, tabId: number, choice: SignInChoice = {}): Promise<Result<SignInStatus>> {
      const url = await deps.tabs.url(tabId);
      const origin = url ? httpsOriginOf(url) : null;
      const portal = origin ? deps.registry.byOrigin(origin) : undefined;
      if (!origin || !portal) return fail('ORIGIN_NOT_ALLOWED', 'not a connected portal over https');
      const preview = await askTab(deps.tabs, tabId, 'fill.preview', {});
      if (!preview.ok) return preview;
      if (preview.value.page !== 'login') return fail('NOT_FOUND', 'no login form on this page');
      const kinds = new Set(preview.value.fields.filter((f) => f.visible).map((f) => f.kind));
      const hasForm = kinds.has('username') || kinds.has('password');
      // An organisation's account signs in only with what is stored for it: no citizen's ID card, no
      // citizen's identity account (docs/PORTALS.md §15).
      const organisation = portal.holder === 'organisation';
      const routes = organisation ? [] : resolveSignInRoutes(preview.value.routes, portal, deps.registry);
      const accounts = await deps.stores.credentials.forOrigin(keys, origin);

      if (choice.route) {
        // Only routes to identity accounts are offered as a choice (the eID link starts through our window).
        const picked = routes.find((r) => isElsewhere(r) && r.route.id === choice.route?.id && r.route.target === choice.route.target);
        return picked ? follow(tabId, picked) : fail('NOT_FOUND', 'the page changed; the sign-in route is gone');
      }
      // Origins with a stored account, read once (the list carries no passwords).
      const withAccount = new Set((await deps.stores.credentials.list(keys)).credentials.map((c) => c.origin));
      const hasAccountAt = (portal: Portal): boolean => portal.origins.some((o) => withAccount.has(o));
      const elsewhere = routes.filter((r) => isElsewhere(r) && hasAccountAt(r.portal));

      if (!choice.credentialId) {
        const own = accounts.length > 0;
        const method = routes.find((r) => r.route.kind === 'password-method');
        // BundID's start page asks how to sign in: "Benutzername & Passwort" on this origin.
        if (own && !hasForm && method && elsewhere.length === 0) return follow(tabId, method);
        const ownChoices = own && hasForm ? accounts.length : 0;
        if (ownChoices + elsewhere.length > 1) {
          return ok({
            status: 'choose-account',
            accounts: ownChoices > 0 ? accounts.map((a) => ({ id: a.id, username: a.username })) : [],
            routes: elsewhere.map((r) => ({ id: r.route.id, target: r.route.target, portalName: r.portal.name })),
          });
        }
        const only = elsewhere[0];
        if (only) return follow(tabId, only);
        if (ownChoices === 0) return withoutAccount(tabId, origin, routes, { hasForm, own });
      }
      const chosen = choice.credentialId ? accounts.find((a) => a.id === choice.credentialId) : accounts[0];
      if (!chosen) return fail('NOT_FOUND', 'no stored account for this origin');
      if (!hasForm) return fail('NOT_FOUND', 'no login form on this page');
      const applied = await askTab(deps.tabs, tabId, 'fill.apply', {
        attributes: {},
        credential: { username: chosen.username, password: chosen.password },
        kinds: [...kinds].filter((k) => k === 'username' || k === 'password'),
        origin,
        url: (url ?? '').replace(/#.*$/s, ''),
        submit: true,
      });
      // In place: written now, or already holding our value from the click before (decide-prefill.ts).
      const filled = applied.ok ? applied.value.outcomes.filter(holdsOurValue).length : 0;
      const refused = applied.ok && applied.value.outcomes.some((o) => o.reason === 'unsafe-method');
      await deps.stores.audit.append(keys, {
        time: deps.now(),
        portalId: portal.id,
        origin,
        attributeIds: [],
        kind: 'sign-in',
        outcome: applied.ok && filled > 0 && !refused ? 'disclosed' : 'denied',
      });
      if (!applied.ok) return applied;
      // A form that would send the password with GET got none and was not sent (credential-plan.ts).
      if (refused) return fail('UNSAFE_FORM', 'the login form would send the password in the URL');
      if (filled > 0 && applied.value.waitingFor === 'file') return ok({ status: 'choose-file' });
      return filled > 0 && applied.value.submitted
        ? ok({ status: 'submitted' })
        : fail('NOT_FOUND', 'the login fields could not be filled');
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
