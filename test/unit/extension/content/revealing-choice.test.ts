import { describe, expect, it } from 'vitest';
import { kindsAndSubjects as read } from '../../../support/kinds-and-subjects.ts';

const SENDING = 'Versand der Briefwahlunterlagen';
const own = [
  { label: 'Familienname', heading: SENDING },
  { label: 'Straße und Hausnummer', heading: SENDING },
];
const block = [
  { label: 'Name, Vorname / c/o', heading: SENDING },
  { label: 'Straße, Hausnummer', heading: SENDING },
  { label: 'Postleitzahl', heading: SENDING },
  { label: 'Ort', heading: SENDING },
];
const radio = (label: string, heading = SENDING) => ({ type: 'radio', name: 'versand', label, heading });

describe('an address block opened by a choice is not the address on record', () => {
  it.each([
    ['the radio button right before it', [radio('an meine Wohnanschrift'), radio('an folgende abweichende Anschrift')]],
    ['the other order of the same group', [radio('an eine abweichende Anschrift'), radio('an meine Wohnanschrift')]],
    ['a checkbox', [{ type: 'checkbox', name: 'abw', label: 'Abweichende Postanschrift angeben', heading: SENDING }]],
    ['an English checkbox', [{ type: 'checkbox', name: 'alt', label: 'Use a different mailing address', heading: SENDING }]],
  ])('%s', (_, choices) => {
    const got = read([...own, ...choices, ...block, { label: 'E-Mail-Adresse für die Eingangsbestätigung', heading: SENDING }]);
    expect(got.slice(0, 2)).toEqual(['familyName self', 'streetAndNumber self']);
    expect(got.slice(2 + choices.length)).toEqual([
      'fullName other',
      'streetAndNumber other',
      'postalCode other',
      'city other',
      'email self',
    ]);
  });

  it('a past address opened by a choice is nobody’s', () => {
    const got = read([
      { type: 'checkbox', name: 'fr', label: 'Frühere Anschrift angeben' },
      { label: 'Straße, Hausnummer' },
      { label: 'Ort' },
    ]);
    expect(got).toEqual(['- -', '- -', '- -']);
  });

  it('other choices open nothing, and the block ends with its section', () => {
    const got = read([
      radio('männlich', 'Angaben zur Person'),
      { label: 'Straße, Hausnummer', heading: 'Angaben zur Person' },
      radio('an folgende abweichende Anschrift'),
      { label: 'Ort', heading: 'Anschrift (Hauptwohnung)' },
    ]);
    expect(got).toEqual(['- -', 'streetAndNumber self', '- -', 'city self']);
  });

  it('a role in the field’s own label is nearer than the choice', () => {
    const got = read([radio('an folgende abweichende Anschrift'), { label: 'Name des Kindes', heading: SENDING }]);
    expect(got[1]).toBe('fullName child');
  });

  it('a choice that names someone else opens that person, right after its own fieldset', () => {
    const vehicle = 'Your vehicle';
    const question = 'Is the vehicle registered to you?';
    const got = read([
      { type: 'radio', name: 'keeper', label: 'Yes', legend: question, heading: vehicle },
      { type: 'radio', name: 'keeper', label: 'No, it is registered to someone else', legend: question, heading: vehicle },
      { label: "Registered keeper's full name", heading: vehicle },
      { label: 'Their date of birth', heading: vehicle },
      { label: 'Email address', type: 'email', heading: 'Contact' },
    ]);
    expect(got.slice(2)).toEqual(['fullName other', 'birthDate other', 'email self']);
  });
});
