import { describe, expect, it } from 'vitest';
import {
  kindsAndSubjects as read,
  personSection as party,
  AS_SELF as SELF,
  AS_OTHER as OTHER,
} from '../../../support/kinds-and-subjects.ts';

describe('a change of holder: the citizen is the party the form describes first', () => {
  it.each([
    ['the buyer registering a car', '1. Neuer Halter (Käufer)', '2. Bisheriger Halter (Verkäufer)'],
    ['the seller reporting the sale', 'Veräußerer (bisheriger Halter)', 'Erwerber (neuer Halter)'],
    ['the buyer, by the words that come first', 'Angaben zum Käufer / zur Käuferin', 'Angaben zum Verkäufer / zur Verkäuferin'],
    ['the previous owner of a property', 'Bisherige Eigentümerin / bisheriger Eigentümer', 'Neue Eigentümerin / neuer Eigentümer'],
    ['an English transfer of a vehicle', 'New keeper', 'Previous keeper'],
  ])('%s', (_, first, second) => {
    expect(read([...party(first), ...party(second)])).toEqual([...SELF, ...OTHER]);
  });

  it("a party after the citizen's own data is someone else: the dog's owner gives it away", () => {
    const got = read([
      ...party('Hundehalterin / Hundehalter'),
      { label: 'Name des Hundes', legend: 'Angaben zum Hund' },
      ...party('Bei Abgabe: neue Halterin / neuer Halter'),
    ]);
    expect(got).toEqual([...SELF, '- -', ...OTHER]);
  });

  it("one party's section alone keeps what its words say", () => {
    expect(read(party('1. Neuer Halter'))).toEqual(SELF);
    expect(read(party('Verkäufer/in'))).toEqual(OTHER);
  });

  it("a role in the field's own label is read where it stands", () => {
    expect(
      read([
        ...party('Veräußerer (bisheriger Halter)'),
        { label: 'Name des Käufers', legend: 'Veräußerer (bisheriger Halter)' },
        ...party('Erwerber (neuer Halter)'),
      ]),
    ).toEqual([...SELF, 'fullName other', ...OTHER]);
  });
});
