import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../../extension/content/classify/classify-page.ts';
import type { FieldSnapshot, PageSnapshot } from '../../../../extension/content/collect/page-snapshot.ts';
import { fieldSnapshot } from '../../../support/field-snapshot.ts';

const field = fieldSnapshot;
const page = (fields: Partial<FieldSnapshot>[], extra: Partial<PageSnapshot> = {}): PageSnapshot => ({
  url: 'https://x.test/',
  title: '',
  h1: '',
  fields: fields.map((f, index) => field({ ...f, index })),
  forms: [{ index: 0, id: '', name: '', action: '', method: 'post', buttons: ['Weiter'], files: 0 }],
  actions: [],
  eidLinks: 0,
  truncated: false,
  ...extra,
});
const kinds = (snapshot: PageSnapshot, options?: Parameters<typeof classifyPage>[1]) =>
  classifyPage(snapshot, options).fields.map((f) => f.kind);

describe('classifyPage (pure)', () => {
  it('reads the ambiguous "Name" from its neighbours', () => {
    expect(
      kinds(
        page([
          { label: 'Vorname', name: 'vorname' },
          { label: 'Name', name: 'name' },
          { label: 'E-Mail', name: 'mail' },
        ]),
      ),
    ).toEqual(['givenNames', 'familyName', 'email']);
    expect(
      kinds(
        page([
          { label: 'Name', name: 'name' },
          { label: 'E-Mail', name: 'mail' },
          { label: 'Telefon', name: 'tel' },
        ]),
      ),
    ).toEqual(['fullName', 'email', 'phone']);
  });

  it("names another person's fields and whose they are, fills only the applicant's own, and never a PIN", () => {
    const result = classifyPage(
      page([
        { label: 'Vorname', legend: 'Angaben zum Ehegatten' },
        { label: 'Nachname', legend: 'Angaben zum Ehegatten' },
        { label: 'Geburtsdatum', legend: 'Angaben zum Ehegatten' },
      ]),
    );
    expect(result.fields.map((f) => [f.kind, f.subject, f.group, f.reason])).toEqual([
      ['givenNames', 'partner', 1, 'other-person'],
      ['familyName', 'partner', 1, 'other-person'],
      ['birthDate', 'partner', 1, 'other-person'],
    ]);
    expect(kinds(page([{ label: 'PIN', type: 'password' }]))).toEqual([null]);
    expect(classifyPage(page([{ label: 'Suche', type: 'search', name: 'q' }])).kind).toBe('none');
  });

  it('applies the registry overrides of a portal last', () => {
    const snapshot = page([
      { label: 'Vorname', name: 'vorname' },
      { label: 'Nachname', name: 'nachname' },
      { label: 'Kontoinhaber', name: 'kontoinhaber' },
      { label: 'Feld 7', name: 'f7' },
    ]);
    expect(
      kinds(snapshot, {
        overrides: [
          { name: 'f7', kind: 'birthName' },
          { name: 'vorname', kind: null },
          { name: 'kontoinhaber', kind: null },
        ],
      }),
    ).toEqual([null, 'familyName', null, 'birthName']);
  });

  it('tells registration from login', () => {
    const login = page(
      [
        { label: 'Benutzername', name: 'u' },
        { label: 'Passwort', name: 'p', type: 'password' },
      ],
      { h1: 'Anmelden' },
    );
    expect(classifyPage(login).kind).toBe('login');
    const registration = page([
      { label: 'Benutzername', name: 'u' },
      { label: 'Passwort', name: 'p', type: 'password' },
      { label: 'Passwort wiederholen', name: 'p2', type: 'password' },
    ]);
    expect(classifyPage(registration).kind).toBe('none');
  });

  it('splits "PLZ / Ort" over two fields, and gives one combined field nothing', () => {
    const pair = page([
      { label: 'Vorname' },
      { label: 'Postleitzahl/Ort:' },
      { label: '', labelSource: 'none' },
      { label: 'Straße mit Hausnummer:' },
    ]);
    expect(kinds(pair)).toEqual(['givenNames', 'postalCode', 'city', 'streetAndNumber']);
    const single = page([{ label: 'Vorname' }, { label: 'Nachname' }, { label: 'PLZ und Ort' }, { label: 'E-Mail' }]);
    expect(kinds(single)).toEqual(['givenNames', 'familyName', null, 'email']);
  });

  it('trusts a clear label over a name that says something else (name and id count once)', () => {
    const snapshot = page([
      { label: 'Straßenname', name: 'Customer.Street', id: 'customer-street' },
      { label: 'Hausnummer', name: 'Customer.StreetNo', id: 'customer-street-no' },
      { label: 'Postleitzahl', name: 'Customer.Postcode' },
    ]);
    expect(kinds(snapshot)).toEqual(['street', 'houseNumber', 'postalCode']);
  });
});
