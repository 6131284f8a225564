import type { FieldOverride } from '../../../shared/domain/portal.ts';
import type { FieldSnapshot, FormSnapshot, PageSnapshot } from '../collect/page-snapshot.ts';
import { applyContext } from './apply-context.ts';
import type { FieldClassification, PageClassification, PageKind } from './field-result.ts';
import { foldText } from './fold-text.ts';
import { CONTACT_MESSAGE, FILTER, HAND_OFF, LOGIN_CONTEXT, matchesAny, NEWSLETTER, REGISTRATION, SEARCH, WIZARD } from './page-cues.ts';
import { scoreField, type FieldScore } from './score-field.ts';

const LOGIN_KINDS = new Set(['username', 'password']);

/**
 * Snapshot → page kind and a kind per field (pure: no DOM, no browser). Fields of a page that is
 * not a form get no attribute kind; login pages keep only username and password; negative forms
 * (search, newsletter, contact, filter) and other persons' sections get nothing. Signals and
 * thresholds: extension/content/DETECTION.md.
 */
export function classifyPage(snapshot: PageSnapshot, options: { overrides?: readonly FieldOverride[] } = {}): PageClassification {
  const { fields, forms } = snapshot;
  const groupOptions = radioGroupOptions(fields);
  const scores: FieldScore[] = fields.map((field) => scoreField(field, groupOptions.get(groupKey(field))));
  let results = applyContext(fields, scores);
  results = resolveLogin(fields, results);
  // The registry's overrides for this portal have the last word on a field (exact name).
  const overrides = new Map((options.overrides ?? []).map((o) => [o.name, o.kind]));
  if (overrides.size > 0) {
    results = results.map((r) => {
      const name = (fields[r.index] as FieldSnapshot).name;
      return overrides.has(name) ? { index: r.index, kind: overrides.get(name) ?? null, confidence: 1, ...(overrides.get(name) ? {} : { reason: 'never-fill' as const }) } : r;
    });
  }
  const negativeForms = new Set(forms.filter((form) => isNegativeForm(form, fields, results)).map((form) => form.index));
  results = results.map((r) => (r.kind && negativeForms.has((fields[r.index] as FieldSnapshot).form) ? { ...r, kind: null, reason: 'negative-form' } : r));

  const because: string[] = [];
  const visible = (r: FieldClassification): boolean => (fields[r.index] as FieldSnapshot).visible;
  const attributeFields = results.filter((r) => r.kind && !LOGIN_KINDS.has(r.kind) && visible(r) && r.confidence >= 0.5);
  const distinctKinds = new Set(attributeFields.map((r) => r.kind)).size;
  const login = loginEvidence(snapshot, results);
  const pageText = [snapshot.h1, snapshot.title, ...fields.map((f) => f.heading)];
  const wizard = matchesAny([...snapshot.actions, ...forms.flatMap((f) => f.buttons)], WIZARD);

  let kind: PageKind = 'none';
  if (distinctKinds >= 3) {
    kind = 'form';
    because.push(`${distinctKinds} kinds of personal data`);
  } else if (login) {
    kind = 'login';
    because.push(login);
  } else if (distinctKinds >= 2 || (distinctKinds === 1 && (wizard || attributeFields.some((r) => r.confidence >= 0.9)) && !matchesAny(pageText, /kontakt|newsletter/))) {
    kind = 'form';
    because.push(`${distinctKinds} kind(s) of personal data${wizard ? ' on a wizard step' : ''}`);
  }

  const final = results.map((r): FieldClassification => {
    if (!r.kind) return r;
    if (kind === 'none') return { ...r, kind: null, reason: 'page-none' };
    if (kind === 'login' && !LOGIN_KINDS.has(r.kind)) return { ...r, kind: null, reason: 'not-a-login-field' };
    if (kind === 'form' && LOGIN_KINDS.has(r.kind)) return { ...r, kind: null, reason: 'not-a-login-field' };
    return r;
  });
  return { kind, because, fields: final };
}

/** In a login form the identifier before the single current password is the username, whatever its label says. */
function resolveLogin(fields: readonly FieldSnapshot[], results: FieldClassification[]): FieldClassification[] {
  const out = [...results];
  const byForm = new Map<number, number[]>();
  fields.forEach((field, i) => {
    if (!field.visible && field.type !== 'password') return;
    const list = byForm.get(field.form);
    if (list) list.push(i);
    else byForm.set(field.form, [i]);
  });
  for (const indices of byForm.values()) {
    const passwords = indices.filter((i) => (fields[i] as FieldSnapshot).type === 'password');
    const password = passwords[0];
    if (passwords.length !== 1 || password === undefined || out[password]?.kind !== 'password') continue;
    const identifier = [...indices].reverse().find((i) => i < password && /^(text|email|tel)$/.test((fields[i] as FieldSnapshot).type) && (fields[i] as FieldSnapshot).visible);
    const textFields = indices.filter((i) => /^(text|email|tel|date|number)$/.test((fields[i] as FieldSnapshot).type) && (fields[i] as FieldSnapshot).visible);
    if (identifier !== undefined && textFields.length <= 2) out[identifier] = { index: identifier, kind: 'username', confidence: Math.max(0.8, out[identifier]?.confidence ?? 0) };
  }
  return out;
}

function loginEvidence(snapshot: PageSnapshot, results: readonly FieldClassification[]): string | null {
  const { fields, forms, actions } = snapshot;
  // Page-wide links ("Anmelden" in every header) do not make a login page; headings and form buttons do.
  const texts = [snapshot.h1, snapshot.title, ...forms.flatMap((f) => f.buttons), ...fields.map((f) => f.heading)];
  const registration = forms.some((form) => {
    const passwords = fields.filter((f) => f.form === form.index && f.type === 'password').length;
    return passwords >= 2 || matchesAny(form.buttons, REGISTRATION);
  });
  const username = results.find((r) => r.kind === 'username');
  const password = results.find((r) => r.kind === 'password');
  if (forms.some((form) => /kc-form-login/.test(form.id))) return 'Keycloak login form';
  if (password && username && !registration) return 'identifier and password in one form';
  const loginContext = matchesAny(texts, LOGIN_CONTEXT);
  if (username && !password && loginContext && !registration) return 'identifier first (two-step login)';
  if (loginContext && (matchesAny(actions, HAND_OFF) || snapshot.eidLinks > 0)) return 'hand-off to an identity account or eID';
  return null;
}

function isNegativeForm(form: FormSnapshot, fields: readonly FieldSnapshot[], results: readonly FieldClassification[]): boolean {
  const own = fields.filter((f) => f.form === form.index && f.visible && f.type !== 'checkbox' && f.type !== 'radio');
  const kinds = new Set(results.filter((r) => (fields[r.index] as FieldSnapshot).form === form.index && r.kind).map((r) => r.kind));
  const buttons = form.buttons;
  const formText = foldText(`${form.id} ${form.name} ${own[0]?.heading ?? ''} ${own[0]?.legend ?? ''}`);
  if (own.some((f) => f.type === 'search') || (own.length <= 2 && (matchesAny(buttons, SEARCH) || SEARCH.test(formText)))) return true;
  if (own.length <= 3 && (matchesAny(buttons, NEWSLETTER) || NEWSLETTER.test(formText))) return true;
  const message = own.some((f) => f.tag === 'textarea' && CONTACT_MESSAGE.test(foldText(`${f.label} ${f.name}`)));
  const contactOnly = [...kinds].every((k) => k === 'fullName' || k === 'givenNames' || k === 'familyName' || k === 'email' || k === 'phone' || k === 'salutation');
  if (message && contactOnly) return true;
  if (own.length > 0 && own.every((f) => f.tag === 'select') && matchesAny(buttons, FILTER)) return true;
  return false;
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
