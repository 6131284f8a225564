import type { AttributeId } from './attribute-ids.ts';
import { parseGender, parseSalutation } from './choice-values.ts';
import { parseCountryInput } from './country-codes.ts';
import { parsePartialDate, toStoredDate } from './partial-date.ts';
import { normaliseIban } from './validate-iban.ts';
import { normaliseTaxId } from './validate-tax-id.ts';

import { MAX_ATTRIBUTE_VALUE_CHARS } from './attribute-limits.ts';

export { MAX_ATTRIBUTE_VALUE_CHARS };

export type NormalisedValue = { ok: true; value: string } | { ok: false; reason: NormaliseFailure };

/** Why a typed value was refused; the UI explains each one. */
export type NormaliseFailure =
  | 'empty'
  | 'too-long'
  | 'invalid-date'
  | 'invalid-iban'
  | 'invalid-tax-id'
  | 'invalid-postal-code'
  | 'invalid-email'
  | 'invalid-country'
  | 'invalid-choice'
  | 'invalid-characters';

const refuse = (reason: NormaliseFailure): NormalisedValue => ({ ok: false, reason });
const accept = (value: string): NormalisedValue => ({ ok: true, value });

/**
 * A value the citizen typed → the stored form, or a reason it cannot be stored. Checks what can be
 * checked (dates, IBAN mod 97, tax id check digit, codes) and otherwise keeps the text as typed.
 */
export function normaliseUserValue(id: AttributeId, input: string): NormalisedValue {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return refuse('empty');
  if (text.length > MAX_ATTRIBUTE_VALUE_CHARS) return refuse('too-long');
  // Control and bidi-override characters have no place in a form value and can disguise one.
  if (/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(text)) return refuse('invalid-characters');
  switch (id) {
    case 'birthDate':
    case 'validUntil': {
      const date = parsePartialDate(text);
      return date ? accept(toStoredDate(date)) : refuse('invalid-date');
    }
    case 'iban': {
      const iban = normaliseIban(text);
      return iban ? accept(iban) : refuse('invalid-iban');
    }
    case 'taxId': {
      const taxId = normaliseTaxId(text);
      return taxId ? accept(taxId) : refuse('invalid-tax-id');
    }
    case 'postalCode':
      return /^[A-Za-z0-9 -]{3,10}$/.test(text) ? accept(text.toUpperCase()) : refuse('invalid-postal-code');
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? accept(text) : refuse('invalid-email');
    case 'country':
    case 'nationality':
    case 'issuingState': {
      const code = parseCountryInput(text, { nationality: id === 'nationality' });
      return code ? accept(code) : refuse('invalid-country');
    }
    case 'gender': {
      const gender = parseGender(text);
      return gender ? accept(gender) : refuse('invalid-choice');
    }
    case 'salutation': {
      const salutation = parseSalutation(text);
      return salutation ? accept(salutation) : refuse('invalid-choice');
    }
    default:
      return accept(text);
  }
}
