import type { FieldOverride } from '../../../shared/domain/portal.ts';
import type { FieldSnapshot, FormSnapshot, PageSnapshot } from '../collect/page-snapshot.ts';
import { applyContext, type ContextResult } from './apply-context.ts';
import { assignGroups } from './assign-groups.ts';
import type { FieldClassification, PageClassification, PageKind, WithheldReason } from './field-result.ts';
import type { FieldOwner } from './find-owner.ts';
import { foldText } from './fold-text.ts';
import {
  ACCOUNT_RECOVERY,
  FILTER,
  HAND_OFF,
  LOGIN_CONTEXT,
  matchesAny,
  NEWSLETTER,
  REGISTRATION,
  registers,
  SEARCH,
  WIZARD,
} from './page-cues.ts';
import { readOwners } from './read-owners.ts';
import { scoreField, type FieldScore } from './score-field.ts';

const LOGIN_KINDS = new Set(['username', 'password']);

/**
 * Below this confidence a kind is reported but not filled: a wrong value in a government form is
 * worse than an empty field. Calibrated on the fixture corpus (npm run bench prints the curve).
 */
export const FILL_MIN_CONFIDENCE = 0.5;

/**
 * Snapshot → page kind and, per field, what it asks for, whose data it is and whether the fill may
 * write it (pure: no DOM, no browser). Every field reports its kind wherever it stands (another
 * person's section, a newsletter, a registration form); the fill rules come last and say why a field
 * is left alone. Signals and thresholds: extension/content/DETECTION.md.
 */
export function classifyPage(snapshot: PageSnapshot, options: { overrides?: readonly FieldOverride[] } = {}): PageClassification {
  const { fields, forms } = snapshot;
  const groupOptions = radioGroupOptions(fields);
  const scores: FieldScore[] = fields.map((field) => scoreField(field, groupOptions.get(groupKey(field))));
  const owners: FieldOwner[] = readOwners(
    snapshot,
    scores.map((s) => s.kind),
  );
  let results = resolveIdentifierStep(snapshot, resolveLogin(fields, forms, applyContext(fields, scores, owners)));
  // The registry's overrides for this portal have the last word on a field (exact name).
  const overrides = new Map((options.overrides ?? []).map((o) => [o.name, o.kind]));
  if (overrides.size > 0) {
    results = results.map((r) => {
      const name = (fields[r.index] as FieldSnapshot).name;
      if (!overrides.has(name)) return r;
      const kind = overrides.get(name) ?? null;
      return kind ? { index: r.index, kind, confidence: 1 } : { index: r.index, kind: null, confidence: 1, reason: 'never-fill' as const };
    });
  }
  // Search boxes and filters ask for nothing personal: their fields get no kind. A newsletter's fields
  // are what they are, but never filled.
  const negative = new Map(forms.map((form) => [form.index, negativeForm(form, fields, results)] as const));
  results = results.map((r) => {
    const verdict = negative.get((fields[r.index] as FieldSnapshot).form);
    return r.kind && (verdict === 'search' || verdict === 'filter')
      ? { index: r.index, kind: null, confidence: r.confidence, reason: 'negative-form' as const }
      : r;
  });

  const { kind, because } = pageKind(
    snapshot,
    results.filter((r) => negative.get((fields[r.index] as FieldSnapshot).form) !== 'newsletter'),
  );
  const groups = assignGroups(
    owners,
    results.map((r) => r.kind),
    fields.map((f) => (f.type === 'radio' && f.name ? groupKey(f) : '')),
  );
  const final = results.map((r, i): FieldClassification => {
    if (!r.kind)
      return { index: r.index, kind: null, confidence: r.confidence, subject: null, group: null, reason: r.reason ?? 'no-signal' };
    const owner = (owners[i] as FieldOwner).owner;
    const subject = owner === 'thing' ? 'self' : owner;
    const withheld = withheldReason(r, {
      own: subject === 'self',
      page: kind,
      newsletter: negative.get((fields[r.index] as FieldSnapshot).form) === 'newsletter',
    });
    return {
      index: r.index,
      kind: r.kind,
      confidence: r.confidence,
      subject,
      group: groups[i] ?? 1,
      ...(withheld ? { reason: withheld } : {}),
    };
  });
  return { kind, because, fields: final };
}

/** Why the fill leaves a field with a known kind alone, or null when it may write it. */
function withheldReason(r: ContextResult, where: { own: boolean; page: PageKind; newsletter: boolean }): WithheldReason | null {
  const { own, page, newsletter } = where;
  if (r.neverFill) return 'never-fill';
  if (page === 'none') return 'page-none';
  if (page === 'login' && !LOGIN_KINDS.has(r.kind ?? '')) return 'not-a-login-field';
  if (page === 'form' && LOGIN_KINDS.has(r.kind ?? '')) return 'not-a-login-field';
  if (newsletter) return 'negative-form';
  if (r.confidence < FILL_MIN_CONFIDENCE) return 'low-confidence';
  // Last, so that "other-person" means: fillable, but with that person's values (fill-kind.ts).
  if (!own) return 'other-person';
  return null;
}

function pageKind(snapshot: PageSnapshot, results: readonly ContextResult[]): { kind: PageKind; because: string[] } {
  const { fields, forms } = snapshot;
  const visible = (r: ContextResult): boolean => (fields[r.index] as FieldSnapshot).visible;
  const attributeFields = results.filter((r) => r.kind && !LOGIN_KINDS.has(r.kind) && visible(r) && r.confidence >= 0.5);
  const distinctKinds = new Set(attributeFields.map((r) => r.kind)).size;
  const login = loginEvidence(snapshot, results);
  const pageText = [snapshot.h1, snapshot.title, ...fields.map((f) => f.heading)];
  const wizard = matchesAny([...snapshot.actions, ...forms.flatMap((f) => f.buttons)], WIZARD);
  // One kind alone makes a form only where it is typed in (a select of municipalities is a filter or a choice).
  const typedIn = attributeFields.some((r) => (fields[r.index] as FieldSnapshot).tag !== 'select');
  if (distinctKinds >= 3) return { kind: 'form', because: [`${distinctKinds} kinds of personal data`] };
  if (login) return { kind: 'login', because: [login] };
  if (distinctKinds >= 2) return { kind: 'form', because: [`${distinctKinds} kinds of personal data`] };
  if (
    distinctKinds === 1 &&
    typedIn &&
    (wizard || attributeFields.some((r) => r.confidence >= 0.9)) &&
    !matchesAny(pageText, NEWSLETTER) &&
    !matchesAny(pageText, ACCOUNT_RECOVERY)
  ) {
    return { kind: 'form', because: [`1 kind of personal data${wizard ? ' on a wizard step' : ''}`] };
  }
  return { kind: 'none', because: [] };
}

/** In a login form the identifier before the single current password is the username, whatever its label says. */
function resolveLogin(fields: readonly FieldSnapshot[], forms: readonly FormSnapshot[], results: ContextResult[]): ContextResult[] {
  const registration = new Set(forms.filter((form) => registers(form.buttons)).map((form) => form.index));
  const out = [...results];
  const byForm = new Map<number, number[]>();
  fields.forEach((field, i) => {
    if (!field.visible && field.type !== 'password') return;
    const list = byForm.get(field.form);
    if (list) list.push(i);
    else byForm.set(field.form, [i]);
  });
  for (const [form, indices] of byForm) {
    if (registration.has(form)) continue;
    const passwords = indices.filter((i) => (fields[i] as FieldSnapshot).type === 'password');
    const password = passwords[0];
    if (passwords.length !== 1 || password === undefined || out[password]?.kind !== 'password') continue;
    const current = out[password];
    if (current.neverFill) {
      // Many sign-in forms mark their one password `autocomplete="new-password"` (to keep browsers from
      // offering theirs). Only where nothing else says "new" and the form's own button signs in is it the
      // current password.
      const field = fields[password] as FieldSnapshot;
      const signsIn = form >= 0 && matchesAny(forms[form]?.buttons ?? [], LOGIN_CONTEXT);
      if (
        !signsIn ||
        field.autocomplete !== 'new-password' ||
        SAYS_NEW.test(foldText(`${field.label} ${field.placeholder} ${field.name} ${field.id}`))
      )
        continue;
      out[password] = { index: current.index, kind: 'password', confidence: current.confidence };
    }
    // Inside a real form with the password, a `type="search"` box is the user ID some sites style as one
    // (AT&T, DirecTV); a search box of the page header is in another form or none.
    const identifierType = form >= 0 ? /^(text|email|tel|search)$/ : /^(text|email|tel)$/;
    const candidates = [...indices]
      .reverse()
      .filter(
        (i) =>
          i < password &&
          identifierType.test((fields[i] as FieldSnapshot).type) &&
          (fields[i] as FieldSnapshot).visible &&
          !isCodeField(fields[i] as FieldSnapshot),
      );
    // A field already read as an identifier wins over a nearer one: "AAdvantage # or username", then
    // "Last name", then the password is a login by number and name, and the last name stays a last name.
    const identifier = candidates.find((i) => IDENTIFIER_KINDS.has(out[i]?.kind ?? '')) ?? candidates[0];
    // A one-time code or captcha beside the identifier (a disabled "Verification code") is no third field of the form.
    const textFields = indices.filter(
      (i) =>
        /^(text|email|tel|date|number|search)$/.test((fields[i] as FieldSnapshot).type) &&
        (fields[i] as FieldSnapshot).visible &&
        !(fields[i] as FieldSnapshot).disabled &&
        !isCodeField(fields[i] as FieldSnapshot),
    );
    if (identifier !== undefined && textFields.length <= 2)
      out[identifier] = { index: identifier, kind: 'username', confidence: Math.max(0.8, out[identifier]?.confidence ?? 0) };
  }
  return out;
}

/** Kinds a login form's identifier is read as before the form as a whole is seen. */
const IDENTIFIER_KINDS = new Set(['username', 'email', 'phone']);

/** Words that make a password field a new or repeated one, whatever its autocomplete says. */
const SAYS_NEW =
  /\b(neu|neues|new|confirm|repeat|wiederhol\w*|bestaetig\w*|erneut|again|retype|verify|create|choose|festlegen|vergeben|aendern|change)\b|(password|passwort|kennwort)2\b/;

/**
 * One-time codes, verification codes and captchas: typed at sign-in, never an identifier. A bare "code"
 * is one unless a word before it says whose or what: a postcode or dial code is no one-time code, and a
 * person's, customer's or member's code is the account's identifier (Politecnico di Milano's "Person Code").
 */
const CODE_TEXT =
  /\b(verification|verifizierungs?|bestaetigungs|sicherheits|sms|einmal|one time|otp|captcha|security|auth|authenticator|2fa|tan)( ?code)?\b|\b(?<!(postal|zip|country|area|dial|post|promo|discount|coupon|voucher|gift|person|personal|customer|client|member|user|account|kunden|mitglieds|benutzer) )code\b/;
const isCodeField = (field: FieldSnapshot): boolean =>
  field.autocomplete === 'one-time-code' || CODE_TEXT.test(foldText(`${field.label} ${field.placeholder} ${field.name}`));

/** Pages that are no sign-in although they say "Anmelden": forgotten passwords, registration, newsletters. */
const NOT_A_SIGN_IN = /vergessen|forgot|reset|zuruecksetzen|newsletter|abonnieren|subscribe/;

/**
 * The first step of a two-step sign-in: one form with a single field (an e-mail address, a phone
 * number or a user name) and no password, whose own buttons or the page's h1 say "Anmelden"/"Log in".
 * That field is the login identifier, whatever kind its label has.
 */
function resolveIdentifierStep(snapshot: PageSnapshot, results: ContextResult[]): ContextResult[] {
  const { fields, forms } = snapshot;
  const out = [...results];
  for (const form of forms) {
    const own = fields.filter((f) => f.form === form.index);
    if (own.some((f) => f.type === 'password')) continue;
    const typed = own.filter((f) => f.visible && /^(text|email|tel)$/.test(f.type) && !isCodeField(f));
    const only = typed[0];
    if (typed.length !== 1 || !only) continue;
    const kind = out[only.index]?.kind;
    if (kind !== 'email' && kind !== 'phone' && kind !== 'username') continue;
    const texts = [...form.buttons, snapshot.h1];
    if (
      !matchesAny(texts, LOGIN_CONTEXT) ||
      matchesAny([...texts, snapshot.title, only.heading, only.legend], REGISTRATION) ||
      matchesAny([...texts, snapshot.title, only.heading, only.legend], NOT_A_SIGN_IN)
    )
      continue;
    out[only.index] = { index: only.index, kind: 'username', confidence: Math.max(0.8, out[only.index]?.confidence ?? 0) };
  }
  return out;
}

function loginEvidence(snapshot: PageSnapshot, results: readonly ContextResult[]): string | null {
  const { fields, forms, actions } = snapshot;
  // Page-wide links ("Anmelden" in every header) do not make a login page; headings and form buttons do.
  const texts = [snapshot.h1, snapshot.title, ...forms.flatMap((f) => f.buttons), ...fields.map((f) => f.heading)];
  const registration = forms.some((form) => {
    const passwords = fields.filter((f) => f.form === form.index && f.type === 'password').length;
    return passwords >= 2 || registers(form.buttons);
  });
  const username = results.find((r) => r.kind === 'username');
  const password = results.find((r) => r.kind === 'password' && !r.neverFill);
  if (forms.some((form) => /kc-form-login/.test(form.id))) return 'Keycloak login form';
  if (password && username && !registration) return 'identifier and password in one form';
  // ELSTER and Mein Unternehmenskonto: a certificate file instead of a user name (docs/PORTALS.md §15).
  const passwordForm = password ? (fields[password.index] as FieldSnapshot).form : -1;
  if (password && !registration && forms[passwordForm]?.files === 1) return 'certificate file and password in one form';
  const loginContext = matchesAny(texts, LOGIN_CONTEXT);
  if (username && !password && loginContext && !registration) return 'identifier first (two-step login)';
  // The second step: the identifier was asked before (kept hidden), now only the current password.
  if (
    password &&
    !username &&
    !registration &&
    passwordOnly(fields, passwordForm) &&
    matchesAny([snapshot.h1, ...(forms[passwordForm]?.buttons ?? [])], LOGIN_CONTEXT)
  )
    return 'password second (two-step login)';
  if (loginContext && (matchesAny(actions, HAND_OFF) || snapshot.eidLinks > 0)) return 'hand-off to an identity account or eID';
  return null;
}

/** Whether the form shows the citizen nothing to type but its one password. */
function passwordOnly(fields: readonly FieldSnapshot[], form: number): boolean {
  const shown = fields.filter((f) => f.form === form && f.visible && !f.disabled && f.type !== 'checkbox' && f.type !== 'radio');
  return form >= 0 && shown.length === 1 && shown[0]?.type === 'password';
}

type NegativeForm = 'search' | 'filter' | 'newsletter' | null;

/**
 * Forms that ask for nothing personal (a search box, a filter of selects) or must never be filled
 * (a newsletter). A search field inside a bigger form (an ASP.NET page is one form around the whole
 * page) makes only itself a search, not the form; nor does one beside a password.
 */
function negativeForm(form: FormSnapshot, fields: readonly FieldSnapshot[], results: readonly ContextResult[]): NegativeForm {
  const own = fields.filter((f) => f.form === form.index && f.visible && f.type !== 'checkbox' && f.type !== 'radio');
  const buttons = form.buttons;
  const formText = foldText(`${form.id} ${form.name} ${own[0]?.heading ?? ''} ${own[0]?.legend ?? ''}`);
  const search = own.some((f) => f.type === 'search') || matchesAny(buttons, SEARCH) || SEARCH.test(formText);
  // Nobody types a password to search: a form with one is a sign-in whose user ID may be styled as a
  // search box (AT&T, DirecTV).
  if (own.length <= 2 && search && !own.some((f) => f.type === 'password')) return 'search';
  if (own.length <= 3 && (matchesAny(buttons, NEWSLETTER) || NEWSLETTER.test(formText))) return 'newsletter';
  const choicesOnly = own.length > 0 && own.every((f) => f.tag === 'select' || f.type === 'search' || f.type === 'date');
  if (choicesOnly && (matchesAny(buttons, FILTER) || search)) return 'filter';
  const typedKinds = results.some(
    (r) => r.kind && (fields[r.index] as FieldSnapshot).form === form.index && (fields[r.index] as FieldSnapshot).tag !== 'select',
  );
  if (!typedKinds && own.length > 0 && matchesAny(buttons, FILTER)) return 'filter';
  return null;
}

/** Options of a whole radio group, keyed by form and name, so the group is judged as one. */
function radioGroupOptions(fields: readonly FieldSnapshot[]): Map<string, { value: string; text: string }[]> {
  const groups = new Map<string, { value: string; text: string }[]>();
  for (const field of fields) {
    if (field.type !== 'radio' || !field.name) continue;
    const key = groupKey(field);
    const list = groups.get(key);
    if (list) list.push(...field.options);
    else groups.set(key, [...field.options]);
  }
  return groups;
}

function groupKey(field: FieldSnapshot): string {
  return `${field.frame}|${field.form}|${field.name}`;
}
