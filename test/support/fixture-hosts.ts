import { SHIPPED_PORTALS } from '../../shared/domain/shipped-portals.ts';
import { CORPUS_HOST } from '../corpus/corpus-host.ts';

/** The demo start page listing the portals; not a portal, so no content script runs there. */
export const DEMO_HOST = 'amtspass.test';
/** Generic test pages (not a portal). */
export const PAGES_HOST = 'formulare.test';

/**
 * Hostnames the fixture server answers, each with the folder under test/fixtures it serves.
 * Registry hosts come from the shipped registry itself, so the registry is tested as shipped.
 * Attacker hosts (docs/SECURITY.md §4) include a lookalike that ends in a real portal host name.
 */
export function fixtureHosts(): ReadonlyMap<string, string> {
  const hosts = new Map<string, string>();
  for (const portal of SHIPPED_PORTALS) {
    for (const origin of portal.origins) hosts.set(new URL(origin).hostname, `portals/${portal.id}`);
  }
  hosts.set(DEMO_HOST, 'demo');
  // Generic test pages that belong to no portal (framework behaviour, size and hostile-load cases).
  hosts.set(PAGES_HOST, 'pages');
  // The recognition corpus: forms rendered per platform on request (test/corpus/).
  hosts.set(CORPUS_HOST, 'corpus');
  // The wallet read's attribute provider (answers only its mock eID endpoints).
  hosts.set('selbstauskunft.test', 'provider');
  hosts.set('evil.test', 'hostile/evil');
  hosts.set('ads.test', 'hostile/evil');
  hosts.set('collector.test', 'hostile/evil');
  hosts.set('id.bund.de.evil.test', 'portals/bundid');
  hosts.set('xn--id-bnd-r2a.de', 'portals/bundid');
  return hosts;
}
