import { foldText } from './fold-text.ts';

/** Buttons and links that hand the citizen to an identity account or eID (docs/PORTALS.md §1); anchored: the text must start so. */
export const HAND_OFF =
  /^(zur bund ?id|((mit|ueber|zur|zum|weiter zur|weiter zum) (der |dem |ihrer |ihrem )?)?(bund|bayern) ?id( anmelden| login| zur anmeldung)?$|(anmelden|login|einloggen) (mit|ueber) (der |dem |ihrer |ihrem )?(bund ?id|bayern ?id|(service ?konto|nutzerkonto|unternehmenskonto)( \w+)?)$|(mit|ueber) (dem |ihrem )?(service ?konto|nutzerkonto|unternehmenskonto)( \w+)? (anmelden|einloggen)$|bund ?id .{0,3}zur anmeldung|zum servicekonto|ueber (das |ein )?servicekonto anmelden|mit (anderem|einem anderen) servicekonto|(mit (dem |der )?)?online ausweis(funktion)?( anmelden| verwenden)?|mit (dem )?personalausweis anmelden|elster zertifikat|eu identitaet|europaeische id|(mit )?benutzername (und|&)? ?passwort|mit bund ?id( anmelden)?)/;
/** Words that say a page is about signing in. */
export const LOGIN_CONTEXT = /\b(anmelden|anmeldung|einloggen|login|log in|sign in)\b/;
/** Registration or password change instead of login (§7.3). */
export const REGISTRATION =
  /registrier|\bregister\b|konto (erstellen|anlegen)|servicekonto anlegen|account (erstellen|anlegen)|sign up|create (an |your |my )?account|passwort (aendern|zuruecksetzen|vergeben)/;
/** Wizard buttons of application forms. */
export const WIZARD =
  /^(weiter|naechste(r)? schritt|fortfahren|speichern und weiter|weiter zu|next|continue|antrag (absenden|stellen)|absenden|pruefen)\b/;
/** Forms that ask for nothing personal or must not be filled: search, newsletter, filters. */
export const SEARCH = /\b(suche|suchen|suchbegriff|search|finden)\b/;
export const NEWSLETTER = /newsletter|abonnieren|subscribe/;
/** Pages that recover an account: their one e-mail box asks for no application data. */
export const ACCOUNT_RECOVERY =
  /(passwort|kennwort|zugangsdaten|benutzername|password|username) (vergessen|zuruecksetzen|wiederherstellen)|(forgot|forgotten|reset|recover) (your )?(password|username)|password reset|konto wiederherstellen/;
export const FILTER = /\b(filter|filtern|sortieren|anwenden|eingrenzen|sort)\b/;

/**
 * A form whose own buttons register rather than sign in. A login form often carries "Register" beside
 * "Sign in" (or "Registrieren" beside "Anmelden"): that one still signs in.
 */
export function registers(buttons: readonly string[]): boolean {
  return matchesAny(buttons, REGISTRATION) && !buttons.some((text) => SIGN_IN_BUTTON.test(foldText(text)));
}
const SIGN_IN_BUTTON = /^(anmelden|einloggen|login|log in|sign in|signin|weiter zur anmeldung)$/;

export function matchesAny(texts: readonly string[], pattern: RegExp): boolean {
  return texts.some((text) => pattern.test(foldText(text)));
}
