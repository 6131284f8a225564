/**
 * Attribute values of the hostile suites in both browsers: distinctive strings, so a leak shows up in
 * any request body, storage dump or log by a plain substring search.
 */
export const CANARY = {
  givenNames: 'Zzyzx-Canary-Vorname',
  familyName: 'Zzyzx-Canary-Nachname',
  email: 'zzyzx-canary@example.de',
  birthDate: '12.08.1964',
  street: 'Zzyzx-Canary-Straße',
  houseNumber: '1',
  placeOfBirth: 'Zzyzx-Canary-Ort',
  birthName: 'Zzyzx-Canary-Geburtsname',
  nationality: 'DE',
  phone: '0221 999',
  postalCode: '51147',
  city: 'Zzyzx-Canary-Stadt',
};
/** The stored password of the hostile sign-in pages: it may appear in exactly one request, the login POST. */
export const CANARY_PASSWORD = 'Zzyzx-Canary-Passwort-7';
/** The fixture portal that serves the hostile pages. */
export const ORIGIN = 'https://elternbeitraege.test';
