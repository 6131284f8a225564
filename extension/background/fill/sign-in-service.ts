import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import { askTab, type TabsApi } from './tab-link.ts';

export type SignInStatus =
  | { status: 'submitted' }
  | { status: 'method-chosen' }
  | { status: 'choose-account'; accounts: { id: string; username: string }[] };

/**
 * One-click sign-in on a login page: the credential stored for exactly this https origin is written
 * into the username and password fields and the form submitted. Several accounts: the citizen picks.
 * A two-step login (identifier first) gets the username and the step is submitted.
 */
export function createSignInService(deps: { registry: PortalRegistry; stores: VaultStores; tabs: TabsApi; now: () => number }) {
  const hasBundIdAccount = async (keys: VaultKeys): Promise<boolean> => {
    for (const origin of deps.registry.byId('bundid')?.origins ?? []) {
      if ((await deps.stores.credentials.forOrigin(keys, origin)).length > 0) return true;
    }
    return false;
  };
  return {
    async request(keys: VaultKeys, tabId: number, credentialId?: string): Promise<Result<SignInStatus>> {
      const url = await deps.tabs.url(tabId);
      const origin = url ? httpsOriginOf(url) : null;
      const portal = origin ? deps.registry.byOrigin(origin) : undefined;
      if (!origin || !portal) return fail('ORIGIN_NOT_ALLOWED', 'not a connected portal over https');
      const preview = await askTab(deps.tabs, tabId, 'fill.preview', {});
      if (!preview.ok) return preview;
      const kinds = new Set(preview.value.fields.filter((f) => f.visible).map((f) => f.kind));
      if (preview.value.page !== 'login') return fail('NOT_FOUND', 'no login form on this page');
      const accounts = await deps.stores.credentials.forOrigin(keys, origin);
      if (accounts.length === 0) {
        // No own account, but a BundID account: a Keycloak login page's BundID button leads there.
        if (portal.id !== 'bundid' && (await hasBundIdAccount(keys))) {
          const chosen = await askTab(deps.tabs, tabId, 'signin.chooseMethod', {});
          if (chosen.ok && chosen.value.followed) return ok({ status: 'method-chosen' });
        }
        return fail('NOT_FOUND', 'no stored account for this origin');
      }
      if (!kinds.has('username') && !kinds.has('password')) {
        // A page that first asks how to sign in (BundID): choose "Benutzername & Passwort" on this origin;
        // the form on the next page is filled on the citizen's next click, never on page load.
        const chosen = await askTab(deps.tabs, tabId, 'signin.chooseMethod', {});
        if (chosen.ok && chosen.value.followed) return ok({ status: 'method-chosen' });
        return fail('NOT_FOUND', 'no login form on this page');
      }
      const chosen = credentialId ? accounts.find((a) => a.id === credentialId) : accounts.length === 1 ? accounts[0] : undefined;
      if (!chosen) return ok({ status: 'choose-account', accounts: accounts.map((a) => ({ id: a.id, username: a.username })) });
      const applied = await askTab(deps.tabs, tabId, 'fill.apply', {
        attributes: {}, credential: { username: chosen.username, password: chosen.password },
        kinds: [...kinds].filter((k) => k === 'username' || k === 'password'), origin, submit: true,
      });
      const filled = applied.ok ? applied.value.outcomes.filter((o) => o.outcome === 'filled').length : 0;
      await deps.stores.audit.append(keys, { time: deps.now(), portalId: portal.id, origin, attributeIds: [], kind: 'sign-in', outcome: applied.ok && filled > 0 ? 'disclosed' : 'denied' });
      if (!applied.ok) return applied;
      return filled > 0 ? ok({ status: 'submitted' }) : fail('NOT_FOUND', 'the login fields could not be filled');
    },
  };
}

export type SignInService = ReturnType<typeof createSignInService>;
