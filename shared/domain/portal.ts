import type { TrustLevel } from './trust-level.ts';

/** A connected portal as the registry ships it (PORTALS.md). */
export interface Portal {
  readonly id: string;
  /** Shown to the citizen, e.g. "BundID". */
  readonly name: string;
  /** Exact https origins where Amtspass acts. */
  readonly origins: readonly string[];
  /** Origins this portal's eID flows use (tcTokenURL, certificate subject URL, refresh URL). */
  readonly eidOrigins: readonly string[];
  /** Lowest trust level the portal's services ask for. */
  readonly requiredTrust: TrustLevel;
  /** A demo or test page listed on the start page; not used for matching. */
  readonly startPath: string;
}

/** The portal whose origin list holds exactly this origin, if any. */
export function findPortalByOrigin(portals: readonly Portal[], origin: string): Portal | undefined {
  return portals.find((portal) => portal.origins.includes(origin));
}
