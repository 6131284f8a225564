import { findPortalByOrigin, type Portal } from '../../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../../shared/domain/shipped-portals.ts';
import type { UserPortal } from '../../storage/user-portals-store.ts';

/** The registry the background works with: the shipped portals and the ones the citizen added. */
export interface PortalRegistry {
  all(): readonly Portal[];
  origins(): string[];
  byOrigin(origin: string): Portal | undefined;
  byId(id: string): Portal | undefined;
  /** Replaces the user-added part (after add, remove, or a permission the browser took back). */
  setUserPortals(portals: readonly UserPortal[]): void;
}

export function createPortalRegistry(shipped: readonly Portal[] = SHIPPED_PORTALS): PortalRegistry {
  let all: readonly Portal[] = shipped;
  return {
    all: () => all,
    origins: () => all.flatMap((portal) => portal.origins),
    byOrigin: (origin) => findPortalByOrigin(all, origin),
    byId: (id) => all.find((portal) => portal.id === id),
    setUserPortals(portals) {
      all = [
        ...shipped,
        ...portals.map((p): Portal => ({
          id: p.id,
          name: p.name,
          origins: [p.origin],
          eidOrigins: [],
          requiredTrust: 'low',
          startPath: '/',
          loginSignals: [],
          fieldOverrides: [],
          userAdded: true,
        })),
      ];
    },
  };
}
