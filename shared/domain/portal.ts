import type { FieldKind } from '../vocabulary/attribute-ids.ts';
import type { TrustLevel } from './trust-level.ts';

/** A field whose kind the registry fixes where the heuristics are not enough (exact `name`). */
export interface FieldOverride {
  readonly name: string;
  readonly kind: FieldKind | null;
}

/**
 * A service of a portal whose trust level is known (docs/PORTALS.md §16): every page at or below `path`
 * (a pathname prefix, matched at a `/` boundary) needs at least `requiredTrust`.
 */
export interface PortalService {
  readonly path: string;
  /** Shown to the citizen, e.g. "Vertrauensniveau erhöhen". */
  readonly name: string;
  readonly requiredTrust: TrustLevel;
}

/** A connected portal as the registry ships it (docs/PORTALS.md). */
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
  /** Services that ask for more than `requiredTrust`, where it is known. */
  readonly services?: readonly PortalService[];
  /** The account page that raises the account's trust level with the Online-Ausweis, if the portal has one. */
  readonly trustUpgradePath?: string;
  /** A demo or test page listed on the start page; not used for matching. */
  readonly startPath: string;
  /** Texts that mark this portal's login pages (hand-off buttons, tab labels); documented cues. */
  readonly loginSignals: readonly string[];
  readonly fieldOverrides: readonly FieldOverride[];
  /**
   * What an identity broker calls this account on its buttons, folded ("bundid", "bund id"): a
   * Keycloak login page's button that names it leads to this account.
   */
  readonly identityNames?: readonly string[];
  /** Retired (Servicekonto.NRW): recognised, but the citizen is pointed to its successor. */
  readonly retired?: boolean;
  /** The real origin is not known yet (Elternbeiträge, docs/PORTALS.md §8). */
  readonly provisional?: boolean;
  /**
   * Whose account it is: a citizen's (the default) or an organisation's (Mein Unternehmenskonto), where
   * Amtspass signs in with the account stored for that origin and never writes a person's data.
   */
  readonly holder?: 'person' | 'organisation';
  /** Added by the citizen, not shipped. */
  readonly userAdded?: boolean;
}

/** The portal whose origin list holds exactly this origin, if any. */
export function findPortalByOrigin(portals: readonly Portal[], origin: string): Portal | undefined {
  return portals.find((portal) => portal.origins.includes(origin));
}
