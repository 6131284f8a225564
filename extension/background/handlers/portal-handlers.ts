import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { UserPortalsStore } from '../../storage/user-portals-store.ts';
import { MAX_USER_PORTALS } from '../../storage/user-portals-store.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { RequestContext } from '../router.ts';
import { removeUserPortals } from '../registry/remove-user-portals.ts';

type PortalMessages = Pick<UiProtocol, 'portal.list' | 'portal.add' | 'portal.remove'>;

export interface HostPermissions {
  contains(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

/**
 * Listing, adding and removing portals. Adding needs the host permission the extension page asked
 * the browser for in the user's click (`permissions.request` must run in the gesture, so it cannot
 * happen here); the background only checks that it was granted, then registers the content script.
 */
export function portalHandlers(deps: {
  registry: PortalRegistry;
  store: UserPortalsStore;
  permissions: HostPermissions;
  reconcile: () => Promise<void>;
}): HandlerMap<PortalMessages, RequestContext> {
  const { registry, store } = deps;
  const summary = (id: string) => {
    const portal = registry.byId(id);
    return (
      portal && {
        id: portal.id,
        name: portal.name,
        origins: [...portal.origins],
        userAdded: portal.userAdded === true,
        retired: portal.retired === true,
      }
    );
  };
  return {
    'portal.list': async () =>
      ok({
        portals: registry
          .all()
          .map((p) => summary(p.id))
          .filter((p) => p !== undefined),
      }),
    'portal.add': async ({ origin, name }) => {
      if (httpsOriginOf(origin) !== origin) return fail('ORIGIN_NOT_ALLOWED', 'a portal is an exact https origin');
      if (registry.byOrigin(origin)) return fail('INVALID_VALUE', 'this origin is already a portal');
      if (!(await deps.permissions.contains(origin))) return fail('ORIGIN_NOT_ALLOWED', 'the browser did not grant access to this origin');
      const portals = await store.list();
      if (portals.length >= MAX_USER_PORTALS) return fail('LIMIT_EXCEEDED', 'too many portals');
      const id = `user-${await shortHash(origin)}`;
      const next = [...portals, { id, name: name.trim() || new URL(origin).hostname, origin }];
      await store.save(next);
      registry.setUserPortals(next);
      await deps.reconcile();
      return ok(summary(id) as NonNullable<ReturnType<typeof summary>>);
    },
    'portal.remove': async ({ portalId }) => {
      const [removed] = await removeUserPortals({ store, registry, reconcile: deps.reconcile }, (p) => p.id === portalId);
      if (!removed) return fail(registry.byId(portalId) ? 'READ_ONLY' : 'NOT_FOUND', 'only portals the citizen added can be removed');
      await deps.permissions.remove(removed.origin);
      return ok({});
    },
  };
}

async function shortHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}
