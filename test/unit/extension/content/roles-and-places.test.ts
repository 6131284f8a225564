import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../../extension/content/classify/classify-page.ts';
import type { FieldSnapshot } from '../../../../extension/content/collect/page-snapshot.ts';
import { pageSnapshot } from '../../../support/field-snapshot.ts';

/** "kind subject" per field ("- -" without a kind). */
const read = (fields: Partial<FieldSnapshot>[]) =>
  classifyPage(pageSnapshot(fields, ['Antrag absenden'])).fields.map((f) => `${f.kind ?? '-'} ${f.subject ?? '-'}`);

/** A party's section: a name, a given name and a postcode under `legend`. */
const party = (legend: string): Partial<FieldSnapshot>[] => [
  { label: 'Familienname', legend },
  { label: 'Vorname', legend },
  { label: 'PLZ', legend },
];
const SELF = ['familyName self', 'givenNames self', 'postalCode self'];
const OTHER = ['familyName other', 'givenNames other', 'postalCode other'];

describe('people and places of a building application', () => {
  it.each([
    ['Entwurfsverfasserin / Entwurfsverfasser', OTHER],
    ['Grundstückseigentümerin / Grundstückseigentümer', OTHER],
    ['Bauleiterin / Bauleiter', OTHER],
    ['Stellvertreter', OTHER],
    ['Bauherrin / Bauherr', SELF],
    ['Baugrundstück', ['- -', '- -', '- -']],
    ['Lage des Wohngebäudes', ['- -', '- -', '- -']],
  ])('under "%s"', (legend, expected) => {
    expect(read(party(legend))).toEqual(expected);
  });
});

describe("a name the citizen had before is nobody's to fill", () => {
  it.each(['Previous first name', 'Previous last name', 'Frühere Vornamen', 'Vorheriger Familienname', 'Former given names'])(
    '"%s" has no kind',
    (label) => {
      expect(read([{ label }, { label: 'E-Mail' }])).toEqual(['- -', 'email self']);
    },
  );
  it('a section of former names holds no name of the citizen; further given names are given names', () => {
    expect(read([...party('Frühere Namen'), { label: 'Weitere Vornamen', legend: 'Name' }])).toEqual([
      '- -',
      '- -',
      '- -',
      'givenNames self',
    ]);
  });
});
