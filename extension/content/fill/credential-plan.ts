import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { defaultSubmitter, effectiveMethod } from './form-target.ts';

/** Input types a username may be written into; never a textarea, never a hidden or password field. */
const USERNAME_TYPES = new Set(['text', 'email', 'tel', '']);

export interface CredentialPlan {
  /** Indexes of the fields that may get the username or the password. */
  readonly allowed: ReadonlySet<number>;
  /** The one form that is signed in with (submitted, if asked). */
  readonly form: HTMLFormElement | null;
  /** Indexes of password fields refused because their form would send them with GET. */
  readonly refusedGet: ReadonlySet<number>;
}

/**
 * Where a stored credential may go on a login page (docs/SECURITY.md §3.3): the password only into a
 * visible `<input type=password>` of one login form (the first one the citizen sees), the username only
 * into a visible text-like input of that same form; a form that would send with GET gets no password
 * at all. A `<textarea>` called "Kennwort" or a "Passwort-Hinweis" text field gets nothing, nor does
 * any field of a second form on the page.
 */
export function credentialPlan(
  fields: readonly { index: number; kind: FieldKind | null; element: Element }[],
  shown: ReadonlySet<Element>,
): CredentialPlan {
  const isPassword = (e: Element): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === 'password';
  const isUsername = (e: Element): e is HTMLInputElement => e instanceof HTMLInputElement && USERNAME_TYPES.has(e.type);
  const passwords = fields.filter((f) => f.kind === 'password' && isPassword(f.element) && shown.has(f.element));
  const usernames = fields.filter((f) => f.kind === 'username' && isUsername(f.element) && shown.has(f.element));
  const first = passwords[0] ?? usernames[0];
  if (!first) return { allowed: new Set(), form: null, refusedGet: new Set() };
  const form = (first.element as HTMLInputElement).form;
  // Outside any form there is no "one form": only the first password field and the usernames before it.
  const inGroup = (f: { element: Element }): boolean =>
    form ? (f.element as HTMLInputElement).form === form : (f.element as HTMLInputElement).form === null;
  const groupPasswords = form ? passwords.filter(inGroup) : passwords.slice(0, 1);
  const groupUsernames = usernames
    .filter(inGroup)
    .filter((f) => (!form && passwords[0] ? f.index < (passwords[0] as { index: number }).index : true));
  // As the page would send it: with the button Enter presses (whose formmethod may say GET).
  const sendsWithGet = form !== null && effectiveMethod(form, defaultSubmitter(form)) !== 'post';
  const refusedGet = new Set(sendsWithGet ? groupPasswords.map((f) => f.index) : []);
  const allowed = new Set([
    ...groupUsernames.map((f) => f.index),
    ...groupPasswords.filter((f) => !refusedGet.has(f.index)).map((f) => f.index),
  ]);
  return { allowed, form, refusedGet };
}
