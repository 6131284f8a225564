import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../../extension/content/classify/classify-page.ts';
import { fillKind } from '../../../../extension/content/classify/fill-kind.ts';
import type { FieldSnapshot } from '../../../../extension/content/collect/page-snapshot.ts';
import { pageSnapshot } from '../../../support/field-snapshot.ts';

const page = pageSnapshot;
/** [kind, subject, group, fill] per field. */
const read = (fields: Partial<FieldSnapshot>[], buttons?: string[]) =>
  classifyPage(page(fields, buttons)).fields.map((f) => [f.kind, f.subject, f.group, fillKind(f) !== null]);

describe('kind and subject, separately (table)', () => {
  it.each([
    ['a section title about the child', [{ label: 'Vorname', legend: 'Angaben zum Kind' }], [['givenNames', 'child', 1, false]]],
    [
      'a page purpose that mentions a child names nobody',
      [{ label: 'Vorname', heading: 'Anmeldung für einen Betreuungsplatz für Ihr Kind' }, { label: 'PLZ' }, { label: 'E-Mail' }],
      [
        ['givenNames', 'self', 1, true],
        ['postalCode', 'self', 1, true],
        ['email', 'self', 1, true],
      ],
    ],
    [
      'the label names the owner',
      [{ label: 'Vorname des Kindes' }, { label: 'Geburtsdatum Ihres Ehegatten' }, { label: 'Name der Vermieterin' }],
      [
        ['givenNames', 'child', 1, false],
        ['birthDate', 'partner', 1, false],
        ['fullName', 'other', 1, false],
      ],
    ],
    [
      'the name attribute names the owner',
      [
        { label: 'Vorname', name: 'ehegatte.vorname' },
        { label: 'Vorname', name: 'kind_vorname' },
        { label: 'Vorname', name: 'antragsteller.vorname' },
      ],
      [
        ['givenNames', 'partner', 1, false],
        ['givenNames', 'child', 1, false],
        ['givenNames', 'self', 1, true],
      ],
    ],
    [
      'two children without numbers: a repeated kind starts the next',
      [
        { label: 'Vorname', heading: 'Kinder' },
        { label: 'Geburtsdatum', heading: 'Kinder' },
        { label: 'Vorname', heading: 'Kinder' },
        { label: 'Geburtsdatum', heading: 'Kinder' },
      ],
      [
        ['givenNames', 'child', 1, false],
        ['birthDate', 'child', 1, false],
        ['givenNames', 'child', 2, false],
        ['birthDate', 'child', 2, false],
      ],
    ],
    [
      'a counted person named more precisely: "Person 2: Ehegatte", "Person 3: minderjähriges Kind"',
      [
        { label: 'Vornamen', heading: 'Person 2: Ehegatte / Lebenspartner' },
        { label: 'Vornamen', heading: 'Person 3: minderjähriges Kind' },
        { label: 'Vornamen', heading: 'Person 4' },
      ],
      [
        ['givenNames', 'partner', 1, false],
        ['givenNames', 'child', 1, false],
        ['givenNames', 'other', 1, false],
      ],
    ],
    [
      'a parent word in the name loses to a section about the applicant (Elterngeld: the applicant is often the mother)',
      [
        { label: 'Vorname(n)', name: 'mutter_vornamen', heading: 'Angaben zur antragstellenden Person' },
        { label: 'Vorname', name: 'mutter_vorname', heading: 'Angaben zum Kind' },
        { label: 'Vorname', name: 'mutter_vorname' },
      ],
      [
        ['givenNames', 'self', 1, true],
        ['givenNames', 'other', 1, false],
        ['givenNames', 'other', 2, false],
      ],
    ],
    [
      'numbered sections',
      [
        { label: 'Vorname', legend: '2. Kind' },
        { label: 'Vorname', legend: 'Kind 3' },
        { label: 'Nachname', legend: 'Kind 3' },
      ],
      [
        ['givenNames', 'child', 1, false],
        ['givenNames', 'child', 2, false],
        ['familyName', 'child', 2, false],
      ],
    ],
    [
      'a table that compares two parents column by column',
      [
        { label: 'Vorname', labelSource: 'table', column: 'Elternteil 1' },
        { label: 'Vorname', labelSource: 'table', column: 'Elternteil 2' },
        { label: 'Geburtsdatum', labelSource: 'table', column: 'Elternteil 1' },
      ],
      [
        ['givenNames', 'self', 1, true],
        ['givenNames', 'partner', 1, false],
        ['birthDate', 'self', 1, true],
      ],
    ],
    [
      'a table that compares father and mother: each column is one person, row after row',
      [
        { label: 'Familienname', labelSource: 'table', column: 'Vater' },
        { label: 'Familienname', labelSource: 'table', column: 'Mutter' },
        { label: 'Vorname', labelSource: 'table', column: 'Vater' },
        { label: 'Vorname', labelSource: 'table', column: 'Mutter' },
        { label: 'PLZ', labelSource: 'table', column: 'Vater' },
        { label: 'PLZ', labelSource: 'table', column: 'Mutter' },
      ],
      [
        ['familyName', 'other', 1, false],
        ['familyName', 'other', 2, false],
        ['givenNames', 'other', 1, false],
        ['givenNames', 'other', 2, false],
        ['postalCode', 'other', 1, false],
        ['postalCode', 'other', 2, false],
      ],
    ],
    [
      'counted guardians: the first is the applicant, the second the other parent; unnumbered someone else',
      [
        { label: 'Vorname', heading: 'Personensorgeberechtigte/r 1 (Sie)' },
        { label: 'Vorname', heading: 'Personensorgeberechtigte/r 2' },
        { label: 'Vorname', legend: 'Erziehungsberechtigte Person 2' },
        { label: 'Vorname', legend: 'Angaben zum zweiten Elternteil' },
        { label: 'Vorname', legend: 'Sorgeberechtigte' },
      ],
      // Three ways of naming the second parent: one person, one group.
      [
        ['givenNames', 'self', 1, true],
        ['givenNames', 'partner', 1, false],
        ['givenNames', 'partner', 1, false],
        ['givenNames', 'partner', 1, false],
        ['givenNames', 'other', 1, false],
      ],
    ],
    [
      '"Straße / Hausnummer" over two boxes: street, then number; the same label in two persons\' columns is two addresses',
      [
        { label: 'Straße / Hausnummer', name: 'a1' },
        { label: 'Straße / Hausnummer', name: 'a2' },
        { label: 'PLZ' },
        { label: 'Straße, Hausnummer', labelSource: 'table', column: 'Vater' },
        { label: 'Straße, Hausnummer', labelSource: 'table', column: 'Mutter' },
      ],
      [
        ['street', 'self', 1, true],
        ['houseNumber', 'self', 1, true],
        ['postalCode', 'self', 1, true],
        ['streetAndNumber', 'other', 1, false],
        ['streetAndNumber', 'other', 2, false],
      ],
    ],
    [
      'an adjective before the role ("Betreutes Kind") names the child; a noun before it ("Leistungen für Kinder") names nobody',
      [
        { label: 'geboren am', legend: 'Betreutes Kind' },
        { label: 'Vorname', legend: 'Angaben zum betreuten Kind' },
        { label: 'Nachname', legend: 'Leistungen für Kinder' },
      ],
      [
        ['birthDate', 'child', 1, false],
        ['givenNames', 'child', 1, false],
        ['familyName', 'self', 1, true],
      ],
    ],
    [
      'a long section title about the spouse',
      [
        {
          label: 'Name',
          legend: '2. Angaben zur Ehefrau / zum Ehemann / zur eingetragenen Lebenspartnerin / zum eingetragenen Lebenspartner',
        },
        {
          label: 'Vorname',
          legend: '2. Angaben zur Ehefrau / zum Ehemann / zur eingetragenen Lebenspartnerin / zum eingetragenen Lebenspartner',
        },
      ],
      [
        ['familyName', 'partner', 1, false],
        ['givenNames', 'partner', 1, false],
      ],
    ],
    [
      'things are nobody: a dog, an authority, a company, an employer',
      [
        { label: 'Name', legend: 'Angaben zum Hund' },
        { label: 'Geschlecht', legend: 'Angaben zum Hund' },
        { label: 'Name der Empfangsbehörde' },
        { label: 'Firmenname', name: 'companyName' },
        { label: 'Straße und Hausnummer', legend: 'Arbeitgeber' },
        { label: 'Vorname' },
        { label: 'Nachname' },
      ],
      [
        [null, null, null, false],
        [null, null, null, false],
        [null, null, null, false],
        [null, null, null, false],
        [null, null, null, false],
        ['givenNames', 'self', 1, true],
        ['familyName', 'self', 1, true],
      ],
    ],
    [
      "an applying company and the place of a street use are nobody's; the applying person is the citizen",
      [
        { label: 'Straße und Hausnummer', legend: 'Antragstellende Firma / Organisation' },
        { label: 'PLZ', legend: 'Antragstellende Firma / Organisation' },
        { label: 'Straße', legend: 'Ort der Sondernutzung' },
        { label: 'Hausnummer', legend: 'Ort der Sondernutzung' },
        { label: 'Vorname', legend: 'Angaben zur antragstellenden Person' },
        { label: 'E-Mail', legend: 'Angaben zur antragstellenden Person' },
      ],
      [
        [null, null, null, false],
        [null, null, null, false],
        [null, null, null, false],
        [null, null, null, false],
        ['givenNames', 'self', 1, true],
        ['email', 'self', 1, true],
      ],
    ],
    [
      '"Name der Straße" is no person\'s name',
      [{ label: 'Name der Straße' }, { label: 'Vorname' }, { label: 'E-Mail' }],
      [
        [null, null, null, false],
        ['givenNames', 'self', 1, true],
        ['email', 'self', 1, true],
      ],
    ],
    [
      '"Name" is the family name only beside a given name of the same person',
      [{ label: 'Vorname' }, { label: 'Name' }, { label: 'Name', legend: 'Angaben zum Vermieter' }],
      [
        ['givenNames', 'self', 1, true],
        ['familyName', 'self', 1, true],
        ['fullName', 'other', 1, false],
      ],
    ],
  ] as const)('%s', (_title, fields, expected) => {
    expect(read(fields as unknown as Partial<FieldSnapshot>[])).toEqual(expected);
  });
});

describe('tables of persons, one per row', () => {
  it("row 1 says it is the applicant's, the others are household members counted apart; a step number is no person's", () => {
    const rows = [1, 2, 3].flatMap((n) => [
      { label: 'Familienname', column: 'Familienname', row: n === 1 ? '1 Antragsteller/in' : String(n), legend: '2. Haushaltsmitglieder' },
      { label: 'Vorname', column: 'Vorname', row: n === 1 ? '1 Antragsteller/in' : String(n), legend: '2. Haushaltsmitglieder' },
    ]);
    expect(read(rows).map(([kind, subject, group]) => `${kind} ${subject} ${group}`)).toEqual([
      'familyName self 1',
      'givenNames self 1',
      'familyName other 1',
      'givenNames other 1',
      'familyName other 2',
      'givenNames other 2',
    ]);
  });
  it('rows that are only numbered count the persons of a household title, whatever its wording; the name column beside a given name is the family name', () => {
    const rows = [2, 3].flatMap((n) => [
      { label: 'Name', column: 'Name', row: String(n), heading: 'Im Haushalt lebende Personen' },
      { label: 'Vorname', column: 'Vorname', row: String(n), heading: 'Im Haushalt lebende Personen' },
    ]);
    expect(read(rows).map(([kind, subject, group]) => `${kind} ${subject} ${group}`)).toEqual([
      'familyName other 1',
      'givenNames other 1',
      'familyName other 2',
      'givenNames other 2',
    ]);
  });
  it('a numbered line of a table ("07 Vorname") counts no person', () => {
    const lines = [
      { label: 'Vorname', column: 'Angaben', row: '07 Vorname', legend: 'Angaben zum Vater' },
      { label: 'Name', column: 'Angaben', row: '08 Name', legend: 'Angaben zum Vater' },
    ];
    expect(read(lines).map(([kind, subject, group]) => `${kind} ${subject} ${group}`)).toEqual([
      'givenNames other 1',
      'familyName other 1',
    ]);
  });
  it('a row naming the spouse or a child makes that row theirs', () => {
    expect(read([{ label: 'Vorname', column: 'Vorname', row: 'Ehegatte' }])[0]?.[1]).toBe('partner');
    expect(read([{ label: 'Vorname', column: 'Vorname', row: 'Kind' }])[0]?.[1]).toBe('child');
  });
});

describe('label wording (table)', () => {
  const kindOf = (label: string, over: Partial<FieldSnapshot> = {}): string | null =>
    classifyPage(page([{ label, ...over }, { label: 'E-Mail' }, { label: 'Telefon' }, { label: 'Vorname', name: 'x1' }])).fields[0]?.kind ??
    null;
  it.each([
    ['07 Straße', 'streetAndNumber'],
    ['F12 Vorname', 'givenNames'],
    ['1.2 Familienname', 'familyName'],
    ['a) Geburtsort', 'placeOfBirth'],
    ['Name, Vorname', 'fullName'],
    ['Familienname, Vorname', 'fullName'],
    ['Kontoinhaber/in', 'fullName'],
    ['Name on card', 'fullName'],
    ['Gültig bis', 'validUntil'],
    ['Dokumentart', 'documentType'],
    ['Type of travel document', 'documentType'],
    ['Wohnort-ID', 'communityId'],
    ['Name at birth', 'birthName'],
    ['Country of birth', null],
    ['Country of residence', 'country'],
    ['c/o', 'addressAddition'],
    ['Apt, suite, etc.', 'addressAddition'],
    ['Address line 1', 'streetAndNumber'],
    ['Street address: line 2', 'addressAddition'],
    ['Card number', null],
    ['Expiry date', null],
    ['Confirmation code', null],
    ['Bestätigungscode', null],
    ['Town or city', 'city'],
    ['Postal code', 'postalCode'],
    ['Zip code', 'postalCode'],
    ['Ext.', null],
    ['Geburtsdatum und -ort', null],
    ['Date and place of birth', null],
    ['Voraussichtlicher Geburtstermin', null],
    ['Expected date of birth (if not yet born)', null],
    ['Firmenname', null],
    ['Name der Firma', null],
    ['Enter the day of your birth', 'birthDate.day'],
    ['Birth month', 'birthDate.month'],
    ['Geburtsjahr', 'birthDate.year'],
    ['Tag der Geburt', 'birthDate'],
    // A former or a further nationality or name is not the one on record.
    ['Frühere Staatsangehörigkeit(en)', null],
    ['Weitere Staatsangehörigkeit', null],
    ['Derzeitige Staatsangehörigkeit(en)', 'nationality'],
    ['Früherer Name', null],
    ['Previous surname', null],
    ['Other names used', null],
  ])('%s → %s', (label, kind) => {
    expect(kindOf(label)).toBe(kind);
  });
  it.each([
    // Compounds whose head is an organisation: the whole is that kind of thing, whatever stands before it.
    'Bestattungsunternehmen (falls beauftragt)',
    'Angaben zur Hausverwaltung',
    'Steuerberatungsgesellschaft',
    'Beauftragter Pflegedienst',
    // The citizen's second home is not the address on record (that is the main home).
    'Anschrift der Zweitwohnung (Nebenwohnung)',
    'Nebenwohnung',
    'Zuständiges Standesamt',
    // Where the citizen lived before is not the address on record.
    'Frühere Anschrift',
    'Wohnsitze der letzten 8 Jahre',
    'Previous addresses',
  ])('nobody\'s data under "%s"', (legend) => {
    expect(
      read([
        { label: 'Telefon', legend },
        { label: 'Straße und Hausnummer', legend },
        { label: 'PLZ', legend },
      ]),
    ).toEqual([
      [null, null, null, false],
      [null, null, null, false],
      [null, null, null, false],
    ]);
  });

  it("a landlord's confirmation is filled in by the landlord: the roles turn, and the flat is nobody's", () => {
    const fields: Partial<FieldSnapshot>[] = [
      { label: 'Vor- und Familienname', heading: 'Angaben zur Wohnungsgeberin / zum Wohnungsgeber' },
      { label: 'PLZ', heading: 'Angaben zur Wohnungsgeberin / zum Wohnungsgeber' },
      { label: 'Straße, Hausnummer', heading: 'Anschrift der Wohnung' },
      { label: 'Familienname', heading: 'Meldepflichtige Person(en), die eingezogen sind' },
      { label: 'Vorname', heading: 'Meldepflichtige Person(en), die eingezogen sind' },
    ];
    const as = (h1: string) => classifyPage({ ...page(fields), h1 }).fields.map((f) => [f.kind, f.subject, fillKind(f) !== null]);
    expect(as('Wohnungsgeberbestätigung nach § 19 BMG')).toEqual([
      ['fullName', 'self', true],
      ['postalCode', 'self', true],
      [null, null, false],
      ['familyName', 'other', false],
      ['givenNames', 'other', false],
    ]);
    // The same sections on the tenant's own registration keep their usual owners.
    expect(as('Anmeldung einer Wohnung').map(([, subject]) => subject)).toEqual(['other', 'other', 'self', 'self', 'self']);
  });

  it.each([
    // Heirs, sellers, contact persons: someone else.
    ['Weitere Erbinnen und Erben', 'Vor- und Familienname', 'fullName'],
    ['Miterben', 'Geburtsdatum', 'birthDate'],
    ['Verkäufer/in', 'Familienname', 'familyName'],
    ['Bestätigung durch den Verein', 'Ansprechperson (Vor- und Nachname)', 'fullName'],
    ['Kontaktperson', 'Telefon', 'phone'],
    // The holder, owner or spouse that was: someone else now.
    ['2. Bisheriger Halter (Verkäufer)', 'Name, Vorname', 'fullName'],
    ['Angaben zum bisherigen Fahrzeughalter', 'Vorname', 'givenNames'],
    ['Frühere Ehegattin / früherer Ehegatte', 'Familienname', 'familyName'],
    ['Former spouse', 'Surname', 'familyName'],
  ])('under "%s", "%s" is someone else\'s', (heading, label, kind) => {
    expect(read([{ label, heading }])).toEqual([[kind, 'other', 1, false]]);
  });

  it('the holder and the spouse now stay who they are', () => {
    expect(read([{ label: 'Vorname', heading: '1. Neuer Halter (Käufer)' }])).toEqual([['givenNames', 'self', 1, true]]);
    expect(read([{ label: 'Vorname', heading: 'Angaben zum Ehegatten' }])).toEqual([['givenNames', 'partner', 1, false]]);
  });

  it("labels that speak of someone else in the third person are theirs, not the citizen's", () => {
    expect(read([{ label: 'Full name' }, { label: 'Their full name' }, { label: 'Their phone number', type: 'tel' }])).toEqual([
      ['fullName', 'self', 1, true],
      ['fullName', 'other', 1, false],
      ['phone', 'other', 1, false],
    ]);
  });

  it.each([
    ['Trauort', 'trauung[ort]'],
    ['Sterbeort', 'ort'],
    ['Fundort', 'fundort'],
    ['Abholort', 'ort'],
    ['Veranstaltungsort', 'ort'],
    ['Place of marriage', 'place'],
  ])('the place of an event, "%s", is nobody\'s town though its box is named %s', (label, name) => {
    expect(
      read([
        { label, name },
        { label: 'Ort', name: 'ort2' },
      ]),
    ).toEqual([
      [null, null, null, false],
      ['city', 'self', 1, true],
    ]);
  });

  it('a bare "Name" over a box named familyName is the whole name unless the form asks for a given name', () => {
    const kinds = (fields: Partial<FieldSnapshot>[]) => classifyPage(page(fields)).fields.map((f) => f.kind);
    expect(kinds([{ label: 'Name', name: 'familyName' }, { label: 'E-Mail-Adresse' }, { label: 'Telefon' }])).toEqual([
      'fullName',
      'email',
      'phone',
    ]);
    expect(kinds([{ label: 'Vorname', name: 'givenName' }, { label: 'Name', name: 'familyName' }, { label: 'E-Mail-Adresse' }])).toEqual([
      'givenNames',
      'familyName',
      'email',
    ]);
  });
  // The same words under the citizen's travel document are the document's; a card's expiry stays nothing.
  it.each([
    ['Expiry date', 'Your travel document', 'validUntil'],
    ['Ablaufdatum', 'Reisepass', 'validUntil'],
    ['Expiry date', 'Payment card', null],
    ['Expiry date', 'Billing', null],
  ])('%s under "%s" → %s', (label, heading, kind) => {
    expect(kindOf(label, { heading })).toBe(kind);
  });
  it.each([
    ['FirstName', 'givenNames'],
    ['first_name', 'givenNames'],
    ['givenName', 'givenNames'],
    ['LastName', 'familyName'],
    ['e_mail', 'email'],
    ['address_1', 'streetAndNumber'],
    ['displayName', null],
    ['streetName', 'streetAndNumber'],
    ['companyName', null],
    ['phoneNumber', 'phone'],
    ['email_subject', null],
    ['emailTitle', null],
    ['email_verification_code', null],
    ['phoneExtension', null],
    ['cardHolderState', null],
    ['traits.name.first', 'givenNames'],
    ['formusername', 'username'],
  ])('name %s → %s', (name, kind) => {
    expect(kindOf('', { name, labelSource: 'none' })).toBe(kind);
  });
});

describe('split birth dates (table)', () => {
  const opts = (texts: readonly string[]) => texts.map((text, i) => ({ value: String(i), text }));
  const MONTHS_EN = opts(['Month', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
  const DAYS = opts(['Day', ...Array.from({ length: 31 }, (_, i) => String(i + 1))]);
  const YEARS = opts(['Year', ...Array.from({ length: 90 }, (_, i) => String(2010 - i))]);
  const select = (over: Partial<FieldSnapshot>): Partial<FieldSnapshot> => ({
    tag: 'select',
    type: 'select-one',
    labelSource: 'none',
    ...over,
  });
  it.each([
    [
      'month, day, year selects under "Birthday" (American order, told by their options)',
      [
        select({ label: 'Birthday', labelSource: 'preceding', name: 'birthdate_m', options: MONTHS_EN }),
        select({ name: 'birthdate_d', options: DAYS }),
        select({ name: 'birthdate_y', options: YEARS }),
      ],
      ['birthDate.month', 'birthDate.day', 'birthDate.year'],
    ],
    [
      'birth[month], birth[day], birth[year] without a label',
      [
        select({ name: 'birth[month]', options: MONTHS_EN }),
        select({ name: 'birth[day]', options: DAYS }),
        select({ name: 'birth[year]', options: YEARS }),
      ],
      ['birthDate.month', 'birthDate.day', 'birthDate.year'],
    ],
    [
      'Month, Day, Year in a group named "Date of birth"',
      [
        select({ label: 'Month', labelSource: 'aria-labelledby', legend: 'Date of birth', options: MONTHS_EN }),
        select({ label: 'Day', labelSource: 'aria-labelledby', legend: 'Date of birth', options: DAYS }),
        select({ label: 'Year', labelSource: 'aria-labelledby', legend: 'Date of birth', options: YEARS }),
      ],
      ['birthDate.month', 'birthDate.day', 'birthDate.year'],
    ],
    [
      'Tag, Monat, Jahr of an appointment are no birth date',
      [
        select({ label: 'Tag', labelSource: 'for', legend: 'Wunschtermin', options: DAYS }),
        select({ label: 'Monat', labelSource: 'for', legend: 'Wunschtermin', options: MONTHS_EN }),
        select({ label: 'Jahr', labelSource: 'for', legend: 'Wunschtermin', options: YEARS }),
      ],
      [null, null, null],
    ],
  ] as const)('%s', (_title, fields, expected) => {
    expect(
      classifyPage(page([{ label: 'Vorname' }, ...(fields as unknown as Partial<FieldSnapshot>[]), { label: 'E-Mail' }]))
        .fields.slice(1, 4)
        .map((f) => f.kind),
    ).toEqual(expected);
  });
});

describe('page rules report what a field is and withhold it from the fill', () => {
  it("a newsletter's e-mail is an e-mail, never filled", () => {
    const result = classifyPage(page([{ label: 'E-Mail-Adresse', type: 'email' }], ['Newsletter abonnieren']));
    expect(result.kind).toBe('none');
    expect(result.fields.map((f) => [f.kind, f.reason])).toEqual([['email', 'page-none']]);
  });
  it('a page that recovers an account is no form: its e-mail box is an e-mail, never filled', () => {
    const result = classifyPage({
      ...page([{ label: 'E-Mail-Adresse', type: 'email' }], ['Link anfordern']),
      h1: 'Passwort zurücksetzen',
      title: 'Passwort vergessen – Servicekonto',
    });
    expect(result.kind).toBe('none');
    expect(result.fields.map((f) => [f.kind, f.reason])).toEqual([['email', 'page-none']]);
  });
  it('a contact form is a form', () => {
    const result = classifyPage(
      page(
        [{ label: 'Ihr Name' }, { label: 'E-Mail', type: 'email' }, { label: 'Ihre Nachricht', tag: 'textarea', type: 'textarea' }],
        ['Senden'],
      ),
    );
    expect(result.kind).toBe('form');
    expect(result.fields.map((f) => f.kind)).toEqual(['fullName', 'email', null]);
  });
  it("a sign-up form's password fields are passwords that are never filled", () => {
    const result = classifyPage(
      page(
        [
          { label: 'E-Mail', type: 'email' },
          { label: 'Passwort', type: 'password' },
          { label: 'Passwort wiederholen', type: 'password' },
        ],
        ['Registrieren'],
      ),
    );
    expect(result.fields.map((f) => [f.kind, fillKind(f)]).slice(1)).toEqual([
      ['password', null],
      ['password', null],
    ]);
  });
  it.each([['Register'], ['Create an account'], ['Sign up'], ['Konto erstellen']])(
    'an e-mail and one password under "%s" make a sign-up, no login',
    (button) => {
      const result = classifyPage(
        page(
          [
            { label: 'Email address', type: 'email' },
            { label: 'Password', type: 'password' },
          ],
          [button],
        ),
      );
      expect(result.kind).not.toBe('login');
      expect(result.fields.map((f) => f.kind)).toEqual(['email', 'password']);
    },
  );
  it.each([[['Sign in', 'Register']], [['Anmelden', 'Registrieren']]])(
    'a login form with a register button beside %j still signs in',
    (buttons) => {
      const result = classifyPage(
        page(
          [
            { label: 'Email address', type: 'email' },
            { label: 'Password', type: 'password' },
          ],
          buttons,
        ),
      );
      expect(result.kind).toBe('login');
      expect(result.fields.map(fillKind)).toEqual(['username', 'password']);
    },
  );
  it('a search box in a page-wide form (ASP.NET) spoils only itself, and the login still is one', () => {
    const result = classifyPage(
      page(
        [
          { label: 'Suchbegriff', type: 'search', name: 'ctl00$txtSuche' },
          { label: 'Benutzername', name: 'ctl00$txtUser' },
          { label: 'Passwort', type: 'password', name: 'ctl00$txtPass' },
        ],
        ['Suchen', 'Anmelden'],
      ),
    );
    expect(result.kind).toBe('login');
    expect(result.fields.map(fillKind)).toEqual([null, 'username', 'password']);
  });
  it('the one field of a sign-in step is the login identifier, but not in a newsletter or a forgotten-password form', () => {
    const step = (label: string, type: string, buttons: string[]) => classifyPage(page([{ label, type }], buttons)).fields[0]?.kind;
    expect(step('Phone', 'tel', ['Log in'])).toBe('username');
    expect(step('E-Mail-Adresse', 'email', ['Weiter zur Anmeldung'])).toBe('username');
    expect(step('E-Mail-Adresse', 'email', ['Zum Newsletter anmelden'])).toBe('email');
    expect(step('E-Mail-Adresse', 'email', ['Passwort zurücksetzen'])).toBe('email');
  });

  it("a sign-in's second step (only the current password shown, the identifier asked before) is a login; elsewhere a lone password is none", () => {
    const kind = (fields: Partial<FieldSnapshot>[], buttons: string[]) => classifyPage(page(fields, buttons)).kind;
    expect(kind([{ label: 'Passwort', type: 'password' }], ['Anmelden'])).toBe('login');
    expect(kind([{ label: 'Passwort', type: 'password', autocomplete: 'current-password' }], ['Sign in'])).toBe('login');
    expect(kind([{ label: 'Passwort', type: 'password' }], ['Speichern'])).toBe('none');
    expect(kind([{ label: 'Neues Passwort', type: 'password' }], ['Anmelden'])).toBe('none');
    expect(kind([{ label: 'Passwort', type: 'password' }], ['Registrieren'])).toBe('none');
  });

  it('a certificate file and its password make a login, and only the password is the credential', () => {
    const withFile = (files: number, buttons: string[]) =>
      classifyPage({
        ...page([{ label: 'Passwort', type: 'password' }], buttons),
        forms: [{ index: 0, id: '', name: '', action: '', method: 'post', buttons, files }],
      });
    expect(withFile(1, ['Login']).kind).toBe('login');
    expect(withFile(1, ['Login']).fields.map(fillKind)).toEqual(['password']);
    // Without the file the lone password under "Login" is a sign-in's second step (see above); two files
    // (an upload form) make no login.
    expect(withFile(0, ['Login']).kind).toBe('login');
    expect(withFile(2, ['Hochladen']).kind).toBe('none');
  });

  it.each([
    ['Halterin oder Halter des Fahrzeugs (falls abweichend)', 'other'],
    ['Abweichende Kontoinhaberin', 'other'],
    ['Angaben zur Halterin / zum Halter', 'self'],
    // An address other than the one on record: its fields are not the citizen's stored values, so not filled.
    ['Abweichende Anschrift', 'other'],
    ['Abweichende Zustelladresse (nur ausfüllen, falls abweichend)', 'other'],
    ['Postanschrift (falls abweichend)', 'other'],
    ['Zustelladresse, falls diese von der Wohnanschrift abweicht', 'other'],
    ['Mailing address (if different)', 'other'],
    ['Abweichende Postanschrift der antragstellenden Person', 'other'],
    ['Anschrift der antragstellenden Person', 'self'],
    ['Anschrift', 'self'],
    ['Geburtsname, falls abweichend', 'self'],
    // Compound role words, and "not the applicant" said in other words.
    ['Fahrzeughalter/in (nur wenn abweichend)', 'other'],
    ['Angaben zur Fahrzeughalterin / zum Fahrzeughalter', 'self'],
    ['Kontoinhaber (falls nicht antragstellende Person)', 'other'],
    ['Angaben zum Lebensgefährten / zur Lebensgefährtin', 'partner'],
    ['Stiefkind', 'child'],
    // Owners counted on a declaration: the first is the one who declares.
    ['Eigentümerin / Eigentümer Person 1', 'self'],
    ['Eigentümerin / Eigentümer Person 2', 'other'],
    ['Beteiligte/r 1', 'self'],
    ['Beteiligte/r 2', 'other'],
    ['Next of kin', 'other'],
    ['Nächste Angehörige', 'other'],
    // A couple counted on the form (Eheschließung): the first is the citizen, the second the partner.
    ['Verlobte Person 1 (Sie)', 'self'],
    ['Verlobte Person 1', 'self'],
    ['Verlobte Person 2', 'partner'],
    ['Angaben zur / zum Verlobten', 'partner'],
    ['Lebenspartner/in 2', 'partner'],
    ['Ehegatte 1', 'self'],
    // Someone who helps with the application.
    ['Someone helping you with this application', 'other'],
    ['Begleitperson', 'other'],
    // School forms are filled in by a parent: the pupil is the child.
    ['1. Schülerin / Schüler', 'child'],
    // A step number before a role that carries its own count is the step ("2. Elternteil" alone is the second parent).
    ['2. Erziehungsberechtigte Person 1', 'self'],
    ['3. Erziehungsberechtigte Person 2 (falls vorhanden)', 'partner'],
    ['2. Elternteil', 'partner'],
    ['Behandelnde Ärztinnen und Ärzte', 'other'],
    // The address being left on a change of address is the one on record.
    ['Bisherige Anschrift', 'self'],
  ])('a section "%s" belongs to %s', (legend, subject) => {
    expect(
      read([
        { label: 'Vorname', legend },
        { label: 'Nachname', legend },
      ])[0]?.[1],
    ).toBe(subject);
  });

  it("a sign-in form's one password marked autocomplete=new-password is the current password; a sign-up's or a new one stays withheld", () => {
    const login = (buttons: string[], label = 'Password', name = 'password') =>
      classifyPage(
        page(
          [
            { label: 'Phone', type: 'tel' },
            { label, name, type: 'password', autocomplete: 'new-password' },
          ],
          buttons,
        ),
      );
    expect(login(['Log in']).fields.map(fillKind)).toEqual(['username', 'password']);
    expect(login(['Anmelden']).kind).toBe('login');
    expect(login(['Sign up']).fields.map(fillKind)[1]).toBeNull();
    expect(login(['Speichern']).fields.map(fillKind)[1]).toBeNull();
    expect(login(['Log in'], 'New password').fields.map(fillKind)[1]).toBeNull();
    expect(login(['Log in'], 'Password', 'password2').fields.map(fillKind)[1]).toBeNull();
  });

  it('a verification code beside the phone of a sign-in step leaves the phone the login identifier', () => {
    const step = classifyPage(
      page(
        [
          { label: 'Phone', type: 'tel' },
          { label: 'Verification code', name: 'verificationCode' },
        ],
        ['Log in'],
      ),
    );
    expect(step.fields.map((f) => f.kind)).toEqual(['username', null]);
    // A postal code is no such code.
    expect(classifyPage(page([{ label: 'E-Mail', type: 'email' }, { label: 'Postal code' }], ['Log in'])).fields[0]?.kind).toBe('email');
  });

  it.each(['Person Code', 'Customer code', 'Member code', 'User code'])(
    '"%s" before a password is the login identifier, no one-time code',
    (label) => {
      const result = classifyPage(
        page(
          [
            { label, name: 'login' },
            { label: 'Password', name: 'password', type: 'password' },
          ],
          ['Login'],
        ),
      );
      expect(result.kind).toBe('login');
      expect(result.fields.map(fillKind)).toEqual(['username', 'password']);
    },
  );

  it('a field already read as the identifier stays it; a last name or first name nearer the password stays a name', () => {
    const byNumber = classifyPage(
      page(
        [
          { label: 'AAdvantage # or username', name: 'loginId' },
          { label: 'Last name', name: 'lastName' },
          { label: 'Password', name: 'password', type: 'password' },
        ],
        ['Log in'],
      ),
    );
    expect(byNumber.fields.map((f) => f.kind)).toEqual(['username', 'familyName', 'password']);
    const byMail = classifyPage(
      page(
        [
          { label: 'E-Mail-Adresse', name: 'email', type: 'email' },
          { label: 'Vorname', name: 'first_name' },
          { label: 'Passwort', name: 'password', type: 'password' },
        ],
        ['Anmelden'],
      ),
    );
    expect(byMail.fields.map((f) => f.kind)).toEqual(['username', 'givenNames', 'password']);
    // With no identifier-like field, the nearest text field before the password is still the identifier.
    expect(
      classifyPage(
        page(
          [
            { label: 'Kennung', name: 'k' },
            { label: 'Passwort', name: 'pw', type: 'password' },
          ],
          ['Anmelden'],
        ),
      ).fields.map((f) => f.kind),
    ).toEqual(['username', 'password']);
  });

  it('a type="search" user ID in the password\'s own form is the identifier; a search box outside any form is not', () => {
    const inForm = classifyPage(
      page(
        [
          { label: 'User ID', name: 'userID', type: 'search' },
          { label: 'Password', name: 'password', type: 'password' },
        ],
        ['Sign in'],
      ),
    );
    expect(inForm.fields.map(fillKind)).toEqual(['username', 'password']);
    const outside = classifyPage(
      page(
        [
          { label: 'Suche', name: 'q', type: 'search', form: -1 },
          { label: 'Passwort', name: 'pw', type: 'password', form: -1 },
        ],
        ['Anmelden'],
      ),
    );
    expect(outside.fields.map(fillKind)[0]).toBeNull();
  });

  it('a filter of selects asks for nothing personal', () => {
    const gemeinden = [
      { value: '1', text: 'Paderborn' },
      { value: '2', text: 'Delbrück' },
    ];
    const result = classifyPage(
      page(
        [
          { label: 'Gemeinde', tag: 'select', type: 'select-one', options: gemeinden },
          { label: 'Kategorie', tag: 'select', type: 'select-one' },
        ],
        ['Anzeigen'],
      ),
    );
    expect(result.kind).toBe('none');
  });
});
