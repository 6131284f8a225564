import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';

/** A kind a word can stand for; `name` is the ambiguous "Name" that neighbours decide (§7.3). */
export type LexiconKind = FieldKind | 'none' | 'name' | 'datePart.day' | 'datePart.month' | 'datePart.year' | 'postalCodeAndCity';

/**
 * Folded label patterns, most specific first; the first match decides. Sources: docs/ATTRIBUTES.md §2
 * (labels seen), §4, §7.2–7.4 and the German synonyms of public forms. `none` patterns catch what
 * must never be filled (PIN, new or repeated passwords, combined PLZ/Ort fields, fax, Steuernummer).
 */
export const LABEL_RULES: readonly (readonly [RegExp, LexiconKind, number])[] = [
  [/\b(pin|puk|transport pin|can|zugangsnummer)\b/, 'none', 1],
  [/(passwort|kennwort|password).*(wiederhol|bestaetig|erneut|repeat|confirm|again)|(neues|altes|new|old|current) (passwort|kennwort|password)|(passwort|kennwort) (neu|alt)\b/, 'none', 1],
  [/\b(passwort|kennwort|password)\b/, 'password', 0.9],
  [/\b(plz|postleitzahl)\b.*\b(ort|wohnort|stadt)\b|\b(ort|wohnort)\b.*\b(plz|postleitzahl)\b/, 'postalCodeAndCity', 0.9],
  [/telefax|\bfax\b/, 'none', 0.9],
  [/\bsteuernummer\b|\bust ?id|umsatzsteuer|wirtschafts ?id/, 'none', 0.9],
  [/vor und (nach|zu|familien) ?name|vorname(n)? und (nach|zu|familien)?name|(nach|familien|zu)name(n)? und vorname|name (und|,) vorname|vorname (und|,) name|vollstaendiger name|full name|your name|ihr vollstaendiger name/, 'fullName', 0.85],
  [/geburtsname|name (bei|zur|nach) (der )?geburt|birth ?name|maiden name/, 'birthName', 0.9],
  [/geburtsort|ort der geburt|geburtsstadt|place of birth|birth ?place|city of birth/, 'placeOfBirth', 0.9],
  [/geburtsdatum|geboren am|tag der geburt|geburtstag|geb datum|gebdatum|date of birth|birth ?date|birthday|\bdob\b/, 'birthDate', 0.9],
  [/staatsangehoerigkeit|nationalitaet|staatsbuergerschaft|nationality|citizenship/, 'nationality', 0.9],
  [/ordens.*(kuenstler)?name|kuenstlername|artistic name|religious name/, 'artisticName', 0.9],
  [/doktorgrad|akademische(r|n)? (titel|grad)|^titel$|^dr titel$|doctoral degree|academic title/, 'doctoralDegree', 0.85],
  [/^anrede\b|^salutation\b|^titel anrede$|^anrede titel$/, 'salutation', 0.85],
  [/^geschlecht\b|^gender\b|^sex$/, 'gender', 0.85],
  [/^(vorname|vornamen|vorname n|rufname|given names?|first name|forename)\b|\bvorname(n)?\b(?!.*\b(nach|familien|zu)?name)/, 'givenNames', 0.85],
  [/^(familienname|nachname|zuname|surname|last name|family name)\b|\b(familienname|nachname)\b/, 'familyName', 0.85],
  [/^(name|ihr name|name des antragstellers|name der antragstellerin|name der antragstellerin des antragstellers)$/, 'name', 0.6],
  [/strasse ?(und|u|mit|,)? ?(hausnummer|hausnr|haus nr|nr)\b|str (und|u)? ?(hausnr|nr)\b|street (and )?(house )?(number|no)|street address|^anschrift (strasse|str)/, 'streetAndNumber', 0.85],
  [/^(strasse|str|strassenname|street|street name|strasse ohne hausnummer)$|^strasse\b(?!.*nummer)/, 'street', 0.85],
  [/^(hausnummer|hausnr|haus nr|hnr|nr|house number|house no|hausnummer mit zusatz)$/, 'houseNumber', 0.85],
  [/^(hausnummer|hausnr) ?zusatz$|^zusatz (zur )?hausnummer$/, 'none', 0.9],
  [/^(postleitzahl|plz|postal code|zip|zip code|postcode)\b/, 'postalCode', 0.85],
  [/^(ort|wohnort|stadt|gemeinde|city|town|ort gemeinde|wohnort stadt|ort stadt|stadt gemeinde|locality)$/, 'city', 0.85],
  [/^bundesland\b|^kreis\b|^landkreis\b|^region\b|^state\b/, 'none', 0.7],
  [/^(land|staat|wohnsitzstaat|wohnland|country|land staat|staat land)$/, 'country', 0.85],
  [/adresszusatz|anschriftenzusatz|adressergaenzung|^zusatz$|ergaenzende angaben|^c o$|address (line )?2|apartment|wohnungsnummer|^bei$/, 'addressAddition', 0.8],
  [/\be ?mail\b|\bemail\b|e mail adresse/, 'email', 0.85],
  [/telefon|rufnummer|^tel\b|\bmobil|handy|phone|mobile/, 'phone', 0.8],
  [/steuer ?id|steuerliche identifikationsnummer|steueridentifikationsnummer|^idnr\b|identifikationsnummer|tax id/, 'taxId', 0.85],
  [/\biban\b/, 'iban', 0.9],
  [/benutzername|benutzerkennung|^kennung$|user ?name|anmeldename|login name|^login$|nutzerkennung/, 'username', 0.85],
  [/ausweisart|dokumentenart|dokumententyp|document type/, 'documentType', 0.8],
  [/ausstellender staat|ausstellungsstaat|issuing (state|country)/, 'issuingState', 0.8],
  [/^(tag|tt|day)$/, 'datePart.day', 0.5],
  [/^(monat|mm|month)$/, 'datePart.month', 0.5],
  [/^(jahr|jjjj|yyyy|year)$/, 'datePart.year', 0.5],
  [/^(anschrift|adresse|address|wohnanschrift|meldeanschrift)$/, 'streetAndNumber', 0.45],
];

/** Exact name/id tokens (folded) → kind. */
export const NAME_TOKENS: Readonly<Record<string, LexiconKind>> = {
  vorname: 'givenNames', vornamen: 'givenNames', firstname: 'givenNames', givenname: 'givenNames', givennames: 'givenNames', fname: 'givenNames', forename: 'givenNames', rufname: 'givenNames',
  nachname: 'familyName', familienname: 'familyName', zuname: 'familyName', lastname: 'familyName', surname: 'familyName', familyname: 'familyName', lname: 'familyName',
  name: 'name',
  geburtsname: 'birthName', birthname: 'birthName', maidenname: 'birthName',
  doktorgrad: 'doctoralDegree', akademischergrad: 'doctoralDegree', titel: 'doctoralDegree',
  anrede: 'salutation', salutation: 'salutation', honorific: 'salutation',
  geschlecht: 'gender', gender: 'gender', sex: 'gender',
  geburtsdatum: 'birthDate', geburtstag: 'birthDate', birthdate: 'birthDate', dateofbirth: 'birthDate', dob: 'birthDate', bday: 'birthDate', gebdatum: 'birthDate',
  geburtsort: 'placeOfBirth', placeofbirth: 'placeOfBirth', birthplace: 'placeOfBirth',
  staatsangehoerigkeit: 'nationality', nationalitaet: 'nationality', nationality: 'nationality', citizenship: 'nationality',
  strasse: 'street', street: 'street', strassenname: 'street', streetname: 'street',
  hausnummer: 'houseNumber', hausnr: 'houseNumber', housenumber: 'houseNumber', hnr: 'houseNumber',
  plz: 'postalCode', postleitzahl: 'postalCode', zip: 'postalCode', zipcode: 'postalCode', postalcode: 'postalCode', postcode: 'postalCode',
  ort: 'city', wohnort: 'city', stadt: 'city', city: 'city', town: 'city', gemeinde: 'city', ortsname: 'city',
  land: 'country', staat: 'country', country: 'country', wohnsitzstaat: 'country', wohnland: 'country',
  adresszusatz: 'addressAddition', anschriftenzusatz: 'addressAddition', addressaddition: 'addressAddition',
  email: 'email', mail: 'email', emailadresse: 'email', mailadresse: 'email',
  telefon: 'phone', telefonnummer: 'phone', tel: 'phone', phone: 'phone', mobil: 'phone', mobile: 'phone', handy: 'phone', rufnummer: 'phone', telephone: 'phone', phonenumber: 'phone',
  steuerid: 'taxId', steueridentifikationsnummer: 'taxId', idnr: 'taxId', taxid: 'taxId', steueridnr: 'taxId',
  iban: 'iban',
  username: 'username', benutzername: 'username', login: 'username', kennung: 'username', benutzer: 'username', loginname: 'username', benutzerkennung: 'username',
  password: 'password', passwort: 'password', pwd: 'password', kennwort: 'password', pass: 'password', user: 'username',
  pin: 'none', puk: 'none', fax: 'none', telefax: 'none', steuernummer: 'none', search: 'none', suche: 'none', suchbegriff: 'none', q: 'none', query: 'none', captcha: 'none',
  day: 'datePart.day', tag: 'datePart.day', month: 'datePart.month', monat: 'datePart.month', year: 'datePart.year', jahr: 'datePart.year',
};

/** Long stems found inside compound names (`strassenichtberlin`, `antragstellerVorname`). */
export const NAME_STEMS: readonly (readonly [string, LexiconKind])[] = [
  ['hausnummerzusatz', 'none'], ['strasseundhausnummer', 'streetAndNumber'], ['strassehausnummer', 'streetAndNumber'],
  ['geburtsdatum', 'birthDate'], ['geburtsname', 'birthName'], ['geburtsort', 'placeOfBirth'], ['staatsangehoerigkeit', 'nationality'],
  ['familienname', 'familyName'], ['nachname', 'familyName'], ['vorname', 'givenNames'], ['hausnummer', 'houseNumber'],
  ['postleitzahl', 'postalCode'], ['telefonnummer', 'phone'], ['emailadresse', 'email'], ['strasse', 'street'], ['wohnort', 'city'],
];

/** Words in a legend, heading or name that put a field under another person than the applicant (§7.2). */
export const OTHER_PERSON = /\b(kind|kinder|kindern|kindes|des kindes|ehegatte|ehegattin|ehegatten|ehepartner|ehepartnerin|lebenspartner|lebenspartnerin|partner|partnerin|weitere (person|personen)|zweite person|gesetzliche(r|n)? vertret|vertreter|vertreterin|bevollmaechtigte|empfangsbevollmaechtigte|elternteil|mutter|vater|antragsgegner|gegner|beklagte|zeuge|zeugin|arbeitgeber|vermieter|schuldner|glaeubiger|verstorbene|erblasser|child|spouse|second person|other person)\b/;
