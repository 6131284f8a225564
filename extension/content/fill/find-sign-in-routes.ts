import { isEidClientUrl } from '../../../shared/domain/eid-triggers.ts';
import { MAX_SIGN_IN_ROUTES } from '../../../shared/protocol/tab-protocol.ts';
import { foldText } from '../classify/fold-text.ts';
import { dom } from '../collect/dom-reads.ts';

/**
 * A way to sign in that this page offers besides its own form: BundID's "Benutzername & Passwort"
 * choice, a Keycloak identity-provider button, or a hand-off to an identity account on another origin
 * ("Zur Bund-ID" posting a SAML request, "Zum Servicekonto.NRW"), or an eID-Client link ("Mit
 * Online-Ausweis anmelden"). The content script only finds them;
 * the background decides which target is a connected identity account and whether to follow one.
 */
export interface SignInRoute {
  readonly kind: 'password-method' | 'broker' | 'handoff' | 'eid';
  /** Folded button text, plus the broker alias for Keycloak buttons (matched against the registry). */
  readonly name: string;
  /** Where following it leads: the link, the broker URL or the form's action. */
  readonly target: string;
  readonly follow: () => void;
}

const PASSWORD_METHOD = /^(mit )?(benutzername|benutzerkennung)n? (und )?passwort/;
/** Hand-off wording (docs/PORTALS.md §1): "Zur Bund-ID", "Über Servicekonto anmelden", "Login". */
const HANDOFF = /\b(anmeld|login|einlogg|zur|zum|ueber|konto|bund ?id|servicekonto)/;
const BROKER_PATH = /\/broker\/([^/]{1,40})\/login$/;

const nameOf = (element: Element): string => foldText((element.textContent ?? '').slice(0, 200)).slice(0, 80);
const shown = (element: Element): boolean => element.getClientRects().length > 0;

function urlOf(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

export function findSignInRoutes(doc: Document): SignInRoute[] {
  const here = doc.location.origin;
  const routes: SignInRoute[] = [];
  const add = (route: SignInRoute): void => {
    if (routes.length < MAX_SIGN_IN_ROUTES && !routes.some((r) => r.target === route.target)) routes.push(route);
  };
  for (const element of dom.queryAll<HTMLElement>(doc, 'a[href], button, [role=button]')) {
    if (routes.length >= MAX_SIGN_IN_ROUTES) break;
    if (!shown(element)) continue;
    const name = nameOf(element);
    const url = element instanceof HTMLAnchorElement ? urlOf(element.href, doc.baseURI) : null;
    const follow = (): void => element.click();
    if (PASSWORD_METHOD.test(name)) {
      // A link elsewhere is not this page's own method; a button stays on the page.
      if (!url || url.origin === here) add({ kind: 'password-method', name, target: url?.href ?? doc.location.href, follow });
      continue;
    }
    if (url && isEidClientUrl(url.href)) {
      add({ kind: 'eid', name, target: url.href, follow });
      continue;
    }
    if (!url || url.protocol !== 'https:') continue;
    const broker = url.origin === here ? BROKER_PATH.exec(url.pathname) : null;
    if (broker) add({ kind: 'broker', name: `${name} ${foldText(broker[1] ?? '')}`.trim(), target: url.href, follow });
    else if (url.origin !== here && HANDOFF.test(name)) add({ kind: 'handoff', name, target: url.href, follow });
  }
  // A SAML start: a form of hidden fields and a button, posting to another origin.
  for (const form of dom.forms(doc)) {
    if (routes.length >= MAX_SIGN_IN_ROUTES) break;
    const action = urlOf(dom.attr(form, 'action') ?? '', doc.baseURI);
    const button = dom.query<HTMLButtonElement | HTMLInputElement>(form, 'button:not([type=button]):not([type=reset]), input[type=submit]');
    if (!action || action.protocol !== 'https:' || action.origin === here || !button || !shown(button)) continue;
    const asksForInput = dom
      .elements(form)
      .some(
        (e) =>
          (e instanceof HTMLInputElement && !['hidden', 'submit'].includes(e.type)) ||
          e instanceof HTMLSelectElement ||
          e instanceof HTMLTextAreaElement,
      );
    if (asksForInput) continue;
    const name = nameOf(button) || foldText(button.value.slice(0, 200)).slice(0, 80);
    add({ kind: 'handoff', name, target: action.href, follow: () => dom.requestSubmit(form, button) });
  }
  return routes;
}
