import { foldText } from '../classify/fold-text.ts';

/** BundID as a Keycloak broker alias or button text ("BundID", "Bund ID", "Bund-ID"). */
const BUNDID = /^(social )?bund ?id\b/;

/**
 * On a Keycloak login page, the identity-provider button for BundID (PORTALS.md §1: "a Keycloak IdP
 * button"): a link in `#kc-social-providers` to this origin's own `/broker/<alias>/login`. Keycloak then
 * redirects to BundID itself, where the citizen's BundID account signs in. A link to another origin or
 * outside the broker path is not followed.
 */
export function findIdentityProvider(doc: Document): HTMLAnchorElement | null {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('#kc-social-providers a[href], a[id^="social-"][href]')) {
    const url = new URL(link.href, doc.baseURI);
    if (url.origin !== doc.location.origin || !/\/broker\/[^/]+\/login$/.test(url.pathname)) continue;
    const names = [foldText((link.textContent ?? '').slice(0, 100)), foldText(link.id.slice(0, 100))];
    if (names.some((name) => BUNDID.test(name))) return link;
  }
  return null;
}
