import { foldText } from '../classify/fold-text.ts';

const PASSWORD_METHOD = /^(mit )?(benutzername|benutzerkennung)n? (und )?passwort/;

/**
 * On a page that asks how to sign in (BundID's four ways), the link or button for "Benutzername &
 * Passwort" — only if it stays on this origin (a link elsewhere is not followed).
 */
export function findPasswordMethod(doc: Document): HTMLElement | null {
  for (const element of doc.querySelectorAll<HTMLElement>('a[href], button, [role=button]')) {
    if (!PASSWORD_METHOD.test(foldText((element.textContent ?? '').slice(0, 200)))) continue;
    if (element instanceof HTMLAnchorElement && new URL(element.href, doc.baseURI).origin !== doc.location.origin) continue;
    return element;
  }
  return null;
}
