import type { UserPortal, UserPortalsStore } from '../../storage/user-portals-store.ts';
import type { PortalRegistry } from './portal-registry.ts';

/**
 * Removes the citizen's own portals that match, from storage, from the registry and from the content
 * scripts' registration, in that order, so no page of a removed portal is talked to again. Answers
 * what was removed. Used by "Portal entfernen" and when the browser takes a host permission back.
 */
export async function removeUserPortals(
  deps: { store: UserPortalsStore; registry: PortalRegistry; reconcile: () => Promise<void> },
  matches: (portal: UserPortal) => boolean,
): Promise<UserPortal[]> {
  const portals = await deps.store.list();
  const removed = portals.filter(matches);
  if (removed.length === 0) return [];
  const kept = portals.filter((portal) => !matches(portal));
  await deps.store.save(kept);
  deps.registry.setUserPortals(kept);
  await deps.reconcile();
  return removed;
}
