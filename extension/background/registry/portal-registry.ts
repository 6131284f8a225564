import { findPortalByOrigin, type Portal } from '../../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../../shared/domain/shipped-portals.ts';

/** The registry the background works with: the shipped portals (user-added portals join in the vault issue). */
export interface PortalRegistry {
  all(): readonly Portal[];
  origins(): string[];
  byOrigin(origin: string): Portal | undefined;
}

export function createPortalRegistry(portals: readonly Portal[] = SHIPPED_PORTALS): PortalRegistry {
  return {
    all: () => portals,
    origins: () => portals.flatMap((portal) => portal.origins),
    byOrigin: (origin) => findPortalByOrigin(portals, origin),
  };
}
