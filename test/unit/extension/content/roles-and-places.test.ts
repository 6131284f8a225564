import { describe, expect, it } from 'vitest';
import {
  kindsAndSubjects as read,
  personSection as party,
  AS_SELF as SELF,
  AS_OTHER as OTHER,
} from '../../../support/kinds-and-subjects.ts';

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
