import type { AttributeId } from './attribute-ids.ts';

export type AttributeGroup = 'person' | 'address' | 'contact' | 'accounts' | 'document';

export interface AttributeInfo {
  readonly group: AttributeGroup;
  readonly labelDe: string;
  readonly labelEn: string;
  /** German labels seen on real forms, for the label signal (docs/ATTRIBUTES.md §2). */
  readonly formLabelsDe: readonly string[];
  /** FIM field ids, 9-digit (XDF2) form; XDF3 writes the same id with 12 digits. */
  readonly fimIds: readonly string[];
  readonly autocomplete: readonly string[];
  /** AusweisApp SDK access right and self-information key, when the card holds it. */
  readonly eid: { readonly accessRight: string; readonly selfInfoKey: string | null } | null;
  /** BundID SAML attribute name. */
  readonly bundId: string | null;
}

const card = (accessRight: string, selfInfoKey: string | null) => ({ accessRight, selfInfoKey });

/** Every attribute of docs/ATTRIBUTES.md §2 and §3. */
export const ATTRIBUTE_CATALOG: Readonly<Record<AttributeId, AttributeInfo>> = {
  givenNames: { group: 'person', labelDe: 'Vornamen', labelEn: 'Given names', formLabelsDe: ['Vorname', 'Vornamen', 'Vorname(n)', 'Vorname(n) laut Ausweis'], fimIds: ['F60000228', 'F00000045'], autocomplete: ['given-name'], eid: card('GivenNames', 'GivenNames'), bundId: 'urn:oid:2.5.4.42' },
  familyName: { group: 'person', labelDe: 'Familienname', labelEn: 'Family name', formLabelsDe: ['Familienname', 'Nachname', 'Name', 'Zuname'], fimIds: ['F60000227', 'F00000013'], autocomplete: ['family-name'], eid: card('FamilyName', 'FamilyNames'), bundId: 'urn:oid:2.5.4.4' },
  birthName: { group: 'person', labelDe: 'Geburtsname', labelEn: 'Birth name', formLabelsDe: ['Geburtsname', 'ggf. Geburtsname', 'Geburtsname (falls abweichend)'], fimIds: ['F60000230'], autocomplete: [], eid: card('BirthName', 'BirthName'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.225566' },
  doctoralDegree: { group: 'person', labelDe: 'Doktorgrad', labelEn: 'Doctoral degree', formLabelsDe: ['Doktorgrad', 'Doktorgrade', 'Titel', 'Akademischer Titel', 'akademischer Grad'], fimIds: ['F60000229'], autocomplete: ['honorific-prefix'], eid: card('DoctoralDegree', 'AcademicTitle'), bundId: 'urn:oid:0.9.2342.19200300.100.1.40' },
  artisticName: { group: 'person', labelDe: 'Ordens- oder Künstlername', labelEn: 'Religious or artistic name', formLabelsDe: ['Ordensname', 'Künstlername', 'Ordens- / Künstlername'], fimIds: [], autocomplete: [], eid: card('ArtisticName', 'ArtisticName'), bundId: null },
  salutation: { group: 'person', labelDe: 'Anrede', labelEn: 'Salutation', formLabelsDe: ['Anrede'], fimIds: [], autocomplete: ['honorific-prefix'], eid: null, bundId: null },
  gender: { group: 'person', labelDe: 'Geschlecht', labelEn: 'Sex / gender', formLabelsDe: ['Geschlecht'], fimIds: ['F60000332'], autocomplete: ['sex'], eid: null, bundId: 'urn:oid:1.3.6.1.4.1.33592.1.3.5' },
  birthDate: { group: 'person', labelDe: 'Geburtsdatum', labelEn: 'Date of birth', formLabelsDe: ['Geburtsdatum', 'Tag der Geburt', 'Geburtstag', 'geboren am'], fimIds: ['G60000083', 'F00000066'], autocomplete: ['bday'], eid: card('DateOfBirth', 'DateOfBirth'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.55' },
  placeOfBirth: { group: 'person', labelDe: 'Geburtsort', labelEn: 'Place of birth', formLabelsDe: ['Geburtsort', 'Ort der Geburt'], fimIds: ['F60000234'], autocomplete: [], eid: card('PlaceOfBirth', 'PlaceOfBirth'), bundId: 'urn:oid:1.3.6.1.5.5.7.9.2' },
  nationality: { group: 'person', labelDe: 'Staatsangehörigkeit', labelEn: 'Nationality', formLabelsDe: ['Staatsangehörigkeit', 'Nationalität', 'Staatsbürgerschaft'], fimIds: ['F60000236'], autocomplete: [], eid: card('Nationality', 'Nationality'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.225577' },
  street: { group: 'address', labelDe: 'Straße', labelEn: 'Street', formLabelsDe: ['Straße', 'Strasse', 'Str.'], fimIds: ['F60000243'], autocomplete: ['address-line1'], eid: card('Address', 'PlaceOfResidence'), bundId: 'urn:oid:2.5.4.16' },
  houseNumber: { group: 'address', labelDe: 'Hausnummer', labelEn: 'House number', formLabelsDe: ['Hausnummer', 'Hausnr.', 'Haus-Nr.', 'Nr.'], fimIds: ['F60000244'], autocomplete: [], eid: card('Address', 'PlaceOfResidence'), bundId: 'urn:oid:2.5.4.16' },
  postalCode: { group: 'address', labelDe: 'Postleitzahl', labelEn: 'Postal code', formLabelsDe: ['Postleitzahl', 'PLZ'], fimIds: ['F60000246'], autocomplete: ['postal-code'], eid: card('Address', 'PlaceOfResidence'), bundId: 'urn:oid:2.5.4.17' },
  city: { group: 'address', labelDe: 'Ort', labelEn: 'City', formLabelsDe: ['Ort', 'Wohnort', 'Stadt', 'Gemeinde'], fimIds: ['F60000247'], autocomplete: ['address-level2'], eid: card('Address', 'PlaceOfResidence'), bundId: 'urn:oid:2.5.4.7' },
  country: { group: 'address', labelDe: 'Staat', labelEn: 'Country', formLabelsDe: ['Land', 'Staat', 'Wohnsitzstaat'], fimIds: ['F60000377', 'F60000357'], autocomplete: ['country', 'country-name'], eid: card('Address', 'PlaceOfResidence'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.225599' },
  addressAddition: { group: 'address', labelDe: 'Adresszusatz', labelEn: 'Address addition', formLabelsDe: ['Adresszusatz', 'Anschriftenzusatz', 'Zusatz', 'ergänzende Angaben', 'c/o'], fimIds: ['F60000248'], autocomplete: ['address-line2'], eid: null, bundId: null },
  email: { group: 'contact', labelDe: 'E-Mail-Adresse', labelEn: 'E-mail address', formLabelsDe: ['E-Mail', 'E-Mail-Adresse', 'Email'], fimIds: ['F60000242'], autocomplete: ['email'], eid: null, bundId: 'urn:oid:0.9.2342.19200300.100.1.3' },
  phone: { group: 'contact', labelDe: 'Telefonnummer', labelEn: 'Phone number', formLabelsDe: ['Telefon', 'Telefonnummer', 'Tel.', 'Rufnummer', 'Mobil', 'Handy'], fimIds: ['F60000240'], autocomplete: ['tel', 'tel-national'], eid: null, bundId: 'urn:oid:2.5.4.20' },
  taxId: { group: 'accounts', labelDe: 'Steuer-ID', labelEn: 'Tax ID', formLabelsDe: ['Steuer-ID', 'Steuerliche Identifikationsnummer', 'Steueridentifikationsnummer', 'IdNr'], fimIds: [], autocomplete: [], eid: null, bundId: null },
  iban: { group: 'accounts', labelDe: 'IBAN', labelEn: 'IBAN', formLabelsDe: ['IBAN', 'Bankverbindung (IBAN)', 'Kontonummer (IBAN)'], fimIds: ['F00000106'], autocomplete: [], eid: null, bundId: null },
  documentType: { group: 'document', labelDe: 'Dokumentart', labelEn: 'Document type', formLabelsDe: ['Dokumentenart', 'Dokumententyp', 'Ausweisart'], fimIds: [], autocomplete: [], eid: card('DocumentType', 'DocumentType'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.552255' },
  issuingState: { group: 'document', labelDe: 'Ausstellender Staat', labelEn: 'Issuing state', formLabelsDe: ['Ausstellender Staat', 'Ausstellungsstaat'], fimIds: [], autocomplete: [], eid: card('IssuingCountry', 'IssuingState'), bundId: 'urn:oid:1.3.6.1.4.1.25484.494450.10.1' },
  validUntil: { group: 'document', labelDe: 'Gültig bis', labelEn: 'Valid until', formLabelsDe: ['Gültig bis', 'Ablaufdatum'], fimIds: [], autocomplete: [], eid: card('ValidUntil', 'DateOfExpiry'), bundId: null },
  pseudonym: { group: 'document', labelDe: 'Pseudonym', labelEn: 'Pseudonym', formLabelsDe: ['Pseudonym', 'dienste- und kartenspezifisches Kennzeichen'], fimIds: [], autocomplete: [], eid: card('Pseudonym', 'RestrictedID'), bundId: 'urn:oid:1.2.40.0.10.2.1.1.226699' },
  communityId: { group: 'document', labelDe: 'Gemeindeschlüssel (Wohnort-ID)', labelEn: 'Community ID', formLabelsDe: ['Wohnort-ID'], fimIds: [], autocomplete: [], eid: card('CommunityID', null), bundId: 'urn:oid:1.3.6.1.4.1.25484.494450.5' },
};
