import type { Portal } from '../../../shared/domain/portal.ts';
import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import type { SignInRoute } from '../../../shared/protocol/tab-protocol.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';

/**
 * A route of the page that leads to a connected identity account, or stays with this portal: BundID's
 * "Benutzername & Passwort" choice and the portal's own eID-Client link.
 */
export interface ResolvedRoute {
  readonly route: SignInRoute;
  readonly portal: Portal;
}

const named = (name: string, identityNames: readonly string[]): boolean => identityNames.some((id) => ` ${name} `.includes(` ${id} `));

/**
 * Which of the page's sign-in routes lead to a connected identity account. A hand-off counts only
 * when its target is exactly an https origin of a registry portal; a Keycloak button only when its
 * text or alias names one (its URL is the broker on this origin). Only portals that are identity
 * accounts (they have identity names) are targets: a link to another Serviceportal is no sign-in.
 * Retired accounts and the page's own portal are no routes elsewhere; "Benutzername & Passwort" and
 * an eID-Client link stay with the page's own portal.
 */
export function resolveSignInRoutes(routes: readonly SignInRoute[], page: Portal, registry: PortalRegistry): ResolvedRoute[] {
  const resolved: ResolvedRoute[] = [];
  for (const route of routes) {
    const own = route.kind === 'password-method' || route.kind === 'eid';
    const portal = own
      ? page
      : route.kind === 'handoff'
        ? registry.byOrigin(httpsOriginOf(route.target) ?? '')
        : registry.all().find((p) => p.identityNames && named(route.name, p.identityNames));
    if (!portal || portal.retired || (!own && !portal.identityNames)) continue;
    if (!own && portal.id === page.id) continue;
    if (resolved.some((r) => r.portal.id === portal.id && r.route.kind === route.kind)) continue;
    resolved.push({ route, portal });
  }
  return resolved;
}
