import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../../../extension/content/collect/page-snapshot.ts';
import { MIN_KIND_WEIGHT, scoreField } from '../../../../extension/content/classify/score-field.ts';
import { fieldSnapshot } from '../../../support/field-snapshot.ts';

const field = fieldSnapshot;

/**
 * One field's own signals → the kind they add up to (before neighbours and page rules). The fastest way
 * to see what a signal does; the pages in test/fixtures show the same through the whole engine.
 */
const table: [string, Partial<FieldSnapshot>, string | null][] = [
  // Label
  ['a German label', { label: 'Vorname' }, 'givenNames'],
  ['a label with a row number before it', { label: '07 Straße' }, 'street'],
  ['"Name, Vorname" is one combined field', { label: 'Name, Vorname' }, 'fullName'],
  ['"Geburtsdatum (TT.MM.JJJJ)"', { label: 'Geburtsdatum (TT.MM.JJJJ)' }, 'birthDate'],
  ['an English label', { label: 'Name at birth' }, 'birthName'],
  ['"PLZ"', { label: 'PLZ' }, 'postalCode'],
  // Name and id
  ['a compound name attribute', { name: 'first_name' }, 'givenNames'],
  ['a camel-case id', { id: 'FirstName' }, 'givenNames'],
  ['an ASP.NET name', { name: 'ctl00$Main$txtNachname' }, 'familyName'],
  // Autocomplete
  ['autocomplete alone', { autocomplete: 'family-name' }, 'familyName'],
  ['autocomplete email', { autocomplete: 'email', type: 'email' }, 'email'],
  // Type
  ['type=email with nothing else', { type: 'email' }, 'email'],
  ['type=password', { type: 'password', label: 'Passwort' }, 'password'],
  // Placeholder where no label is
  ['a placeholder as the only text', { placeholder: 'Postleitzahl', labelSource: 'none' }, 'postalCode'],
  // Options
  [
    'a select whose options are the sexes',
    {
      tag: 'select',
      type: 'select-one',
      options: [
        { value: '', text: 'Bitte wählen' },
        { value: 'm', text: 'männlich' },
        { value: 'w', text: 'weiblich' },
        { value: 'd', text: 'divers' },
      ],
    },
    'gender',
  ],
  // A checkbox holds yes or no; a radio button stands only for one of its group's options
  ['a "remember me" checkbox in a login portlet', { type: 'checkbox', name: 'LoginPortlet_rememberMe', label: 'Angemeldet bleiben' }, null],
  ['a checkbox whose label names a field', { type: 'checkbox', label: 'E-Mail-Adresse' }, null],
  ['a radio button for the kind of document', { type: 'radio', legend: 'Dokumentart', label: 'Personalausweis' }, 'documentType'],
  ['a radio button under a name question', { type: 'radio', legend: 'Vorname', label: 'Ja' }, null],
  // Password words count only on a box that can hold a password
  [
    '"new-password" that only keeps browsers away from a text box',
    { name: 'login', autocomplete: 'new-password', label: 'Логин' },
    'username',
  ],
  ['a password box\'s own "new-password"', { type: 'password', autocomplete: 'new-password' }, 'newPassword'],
  [
    'an e-mail box whose text speaks of a password',
    { type: 'email', label: 'Enter your email address and we will send you a link to reset your password' },
    'email',
  ],
  // Nothing that names a person's data
  ['a search box', { type: 'search', label: 'Suche' }, null],
  ['a PIN is never a kind to fill', { label: 'PIN', type: 'password' }, null],
  ['no text at all', {}, null],
];

describe("scoreField: one field's own signals", () => {
  for (const [name, more, expected] of table) {
    it(`${name} → ${expected ?? 'nothing'}`, () => {
      const score = scoreField(field(more));
      const kind = score.kind === 'none' || score.weight < MIN_KIND_WEIGHT ? null : score.kind;
      expect(kind).toBe(expected);
    });
  }
});
