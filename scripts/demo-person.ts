/** The simulator person (docs/EID.md §9) as a citizen would type her data; used by `npm start`. */
export const DEMO_PERSON: Readonly<Record<string, string>> = {
  salutation: 'Frau',
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  birthDate: '12.08.1964',
  placeOfBirth: 'Berlin',
  nationality: 'deutsch',
  street: 'Heidestraße',
  houseNumber: '17',
  postalCode: '51147',
  city: 'Köln',
  country: 'Deutschland',
  email: 'erika.mustermann@example.de',
  phone: '0221 1234567',
};

/** Erika's household for the demo's multi-person forms (Kita, Elterngeld, Wohngeld, Wohnsitzanmeldung). */
export const DEMO_HOUSEHOLD: readonly { role: 'partner' | 'child' | 'other'; values: Readonly<Record<string, string>> }[] = [
  {
    role: 'partner',
    values: { givenNames: 'Max', familyName: 'Mustermann', birthDate: '03.02.1962', placeOfBirth: 'Hamburg', nationality: 'deutsch' },
  },
  {
    role: 'child',
    values: { givenNames: 'Mia', familyName: 'Mustermann', birthDate: '03.05.2021', placeOfBirth: 'Köln', nationality: 'deutsch' },
  },
  {
    role: 'child',
    values: { givenNames: 'Leon', familyName: 'Mustermann', birthDate: '21.09.2023', placeOfBirth: 'Köln', nationality: 'deutsch' },
  },
];
