/** The simulator person (docs/EID.md §9) in stored form, as the fill tests use it. */
export const ERIKA = {
  attributes: {
    salutation: 'frau',
    givenNames: 'Erika',
    familyName: 'Mustermann',
    birthName: 'Gabler',
    birthDate: '1964-08-12',
    placeOfBirth: 'Berlin',
    nationality: 'DE',
    street: 'Heidestraße',
    houseNumber: '17',
    postalCode: '51147',
    city: 'Köln',
    country: 'DE',
    email: 'erika.mustermann@example.de',
    phone: '0221 1234567',
    iban: 'DE89370400440532013000',
  },
  credential: { username: 'erika', password: 'Zzyzx-Canary-Passwort' },
} as const;
