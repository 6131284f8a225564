import { field, type FieldSpec } from './form-spec.ts';
import { ANREDE, GESCHLECHT, LAENDER, STAATSANGEHOERIGKEIT } from './option-lists.ts';

/** Field groups German forms repeat (FIM building blocks "Natürliche Person", "Anschrift Inland", "Kommunikation"). */
export const anrede = field('salutation', ['Anrede', 'Anrede', 'Anrede'], 'anrede', { shape: 'select', options: ANREDE });
export const vorname = field(
  'givenNames',
  ['Vorname', 'Vorname(n)', 'Vornamen', 'Vorname (alle Vornamen)', 'Rufname und weitere Vornamen'],
  'vorname',
  { autocomplete: 'given-name' },
);
export const familienname = field('familyName', ['Familienname', 'Nachname', 'Name', 'Familienname (Nachname)', 'Nachname'], 'nachname', {
  autocomplete: 'family-name',
});
export const geburtsname = field(
  'birthName',
  ['Geburtsname', 'Geburtsname (falls abweichend)', 'ggf. Geburtsname', 'Name bei Geburt'],
  'geburtsname',
);
export const geburtsdatum = field(
  'birthDate',
  ['Geburtsdatum', 'Geburtsdatum (TT.MM.JJJJ)', 'geboren am', 'Geburtsdatum'],
  'geburtsdatum',
  { shape: 'date' },
);
export const geburtsort = field('placeOfBirth', ['Geburtsort', 'Geburtsort (Stadt, Land)', 'Ort der Geburt'], 'geburtsort');
export const geschlecht = field('gender', ['Geschlecht', 'Geschlecht', 'Geschlechtsangabe'], 'geschlecht', {
  shape: 'select',
  options: GESCHLECHT,
});
export const staatsangehoerigkeit = field(
  'nationality',
  ['Staatsangehörigkeit', 'Staatsangehörigkeit(en)', 'Nationalität'],
  'staatsangehoerigkeit',
  { shape: 'select', options: STAATSANGEHOERIGKEIT },
);
export const strasse = field('street', ['Straße', 'Straße', 'Straßenname', 'Straße (ohne Hausnummer)'], 'strasse', {
  autocomplete: 'address-line1',
});
export const hausnummer = field('houseNumber', ['Hausnummer', 'Hausnr.', 'Nr.', 'Hausnummer'], 'hausnummer', { maxLength: 10 });
export const strasseNr = field(
  'streetAndNumber',
  ['Straße und Hausnummer', 'Straße, Hausnummer', 'Straße / Hausnr.', 'Anschrift (Straße, Hausnummer)'],
  'strasse',
  { autocomplete: 'street-address' },
);
export const adresszusatz = field(
  'addressAddition',
  ['Adresszusatz', 'Adresszusatz (z. B. c/o, Hinterhaus)', 'Zusatzangaben zur Anschrift', 'Anschriftenzusatz'],
  'adresszusatz',
);
export const plz = field('postalCode', ['Postleitzahl', 'PLZ', 'Postleitzahl', 'PLZ'], 'plz', {
  maxLength: 5,
  autocomplete: 'postal-code',
});
export const ort = field('city', ['Ort', 'Wohnort', 'Ort', 'Stadt / Gemeinde'], 'ort', { autocomplete: 'address-level2' });
export const land = field('country', ['Land', 'Staat', 'Land', 'Wohnsitzstaat'], 'land', { shape: 'select', options: LAENDER });
export const email = field('email', ['E-Mail-Adresse', 'E-Mail', 'E-Mail-Adresse für Rückfragen', 'Ihre E-Mail-Adresse'], 'email', {
  shape: 'email',
});
export const telefon = field('phone', ['Telefonnummer', 'Telefon (tagsüber)', 'Telefon', 'Rufnummer für Rückfragen'], 'telefon', {
  shape: 'tel',
});
export const iban = field('iban', ['IBAN', 'IBAN', 'Internationale Kontonummer (IBAN)'], 'iban');
export const kontoinhaber = field(
  'fullName',
  ['Kontoinhaber/in', 'Kontoinhaberin / Kontoinhaber', 'Name des Kontoinhabers', 'Kontoinhaber'],
  'kontoinhaber',
);
export const bic = field(null, ['BIC', 'BIC', 'BIC (bei ausländischen Konten)'], 'bic');
export const bank = field(null, ['Name der Bank', 'Kreditinstitut', 'Geldinstitut'], 'bank');

export const person: readonly FieldSpec[] = [vorname, familienname, geburtsdatum];
export const personFull: readonly FieldSpec[] = [
  anrede,
  vorname,
  familienname,
  geburtsname,
  geburtsdatum,
  geburtsort,
  staatsangehoerigkeit,
];
export const anschrift: readonly FieldSpec[] = [strasse, hausnummer, adresszusatz, plz, ort];
export const anschriftKurz: readonly FieldSpec[] = [strasseNr, plz, ort];
export const kontakt: readonly FieldSpec[] = [email, telefon];
