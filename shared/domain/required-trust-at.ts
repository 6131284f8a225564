import { isPathAtOrBelow } from './is-path-at-or-below.ts';
import type { Portal } from './portal.ts';
import type { TrustLevel } from './trust-level.ts';

/** What a page of a portal asks for: its service's level where the registry knows it, else the portal's. */
export interface RequiredTrust {
  readonly trust: TrustLevel;
  /** The service's name, or null when only the portal's general level applies. */
  readonly service: string | null;
}

/**
 * The trust level a page needs (docs/PORTALS.md §16): the most specific service whose path holds the
 * page, or the portal's own level. Pure: the caller passes the tab's pathname.
 */
export function requiredTrustAt(portal: Pick<Portal, 'requiredTrust' | 'services'>, pathname: string): RequiredTrust {
  const matching = (portal.services ?? []).filter((service) => isPathAtOrBelow(pathname, service.path));
  const best = matching.sort((a, b) => b.path.length - a.path.length)[0];
  return best ? { trust: best.requiredTrust, service: best.name } : { trust: portal.requiredTrust, service: null };
}
