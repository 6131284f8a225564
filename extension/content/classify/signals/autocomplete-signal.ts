import type { LexiconEvidence } from './label-signal.ts';

/**
 * WHATWG autocomplete field names → kinds. Trusted, but not blindly: real forms carry wrong tokens
 * (a2j gives house numbers `address-line1`), so address tokens weigh less than labels and names.
 */
const TOKENS: Readonly<Record<string, LexiconEvidence>> = {
  'given-name': { kind: 'givenNames', weight: 0.6 },
  'family-name': { kind: 'familyName', weight: 0.6 },
  name: { kind: 'fullName', weight: 0.5 },
  'honorific-prefix': { kind: 'salutation', weight: 0.35 },
  sex: { kind: 'gender', weight: 0.6 },
  bday: { kind: 'birthDate', weight: 0.6 },
  'bday-day': { kind: 'birthDate.day', weight: 0.7 },
  'bday-month': { kind: 'birthDate.month', weight: 0.7 },
  'bday-year': { kind: 'birthDate.year', weight: 0.7 },
  'street-address': { kind: 'streetAndNumber', weight: 0.5 },
  'address-line1': { kind: 'street', weight: 0.3 },
  'address-line2': { kind: 'addressAddition', weight: 0.3 },
  'postal-code': { kind: 'postalCode', weight: 0.6 },
  'address-level2': { kind: 'city', weight: 0.6 },
  country: { kind: 'country', weight: 0.5 },
  'country-name': { kind: 'country', weight: 0.5 },
  email: { kind: 'email', weight: 0.6 },
  tel: { kind: 'phone', weight: 0.6 },
  'tel-national': { kind: 'phone', weight: 0.6 },
  username: { kind: 'username', weight: 0.6 },
  'current-password': { kind: 'password', weight: 0.6 },
  'new-password': { kind: 'newPassword', weight: 1 },
  'one-time-code': { kind: 'none', weight: 1 },
  'cc-number': { kind: 'none', weight: 1 },
};

/** The field name is the last token before an optional `webauthn` (`section-x shipping tel`). */
export function autocompleteSignal(autocomplete: string): LexiconEvidence[] {
  const tokens = autocomplete
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t !== 'webauthn');
  const field = tokens.at(-1);
  if (!field || !Object.hasOwn(TOKENS, field)) return [];
  return [TOKENS[field] as LexiconEvidence];
}
