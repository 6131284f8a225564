/** The simulator person (docs/EID.md §9) as a citizen would type her data; used by `npm start`. */
export const DEMO_PERSON: Readonly<Record<string, string>> = {
  salutation: 'Frau', givenNames: 'Erika', familyName: 'Mustermann', birthName: 'Gabler', birthDate: '12.08.1964',
  placeOfBirth: 'Berlin', nationality: 'deutsch', street: 'Heidestraße', houseNumber: '17', postalCode: '51147',
  city: 'Köln', country: 'Deutschland', email: 'erika.mustermann@example.de', phone: '0221 1234567',
};
