import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';

/**
 * A kind a word can stand for; `name` is the ambiguous "Name" that neighbours decide (§7.3);
 * `newPassword` is a password field that is never filled (new, repeated, changed).
 */
export type LexiconKind =
  | FieldKind
  | 'none'
  | 'name'
  | 'newPassword'
  | 'numberAfterStreet'
  | 'datePart.day'
  | 'datePart.month'
  | 'datePart.year'
  | 'postalCodeAndCity';

/**
 * A name the citizen had before: "Früherer Familienname", "Previous first name", "Other names you have been
 * known by". Not the name on record, and none that is stored. ("Bisheriger Familienname" on a name
 * declaration is the current one, being changed: not here; nor "weitere Vornamen", which are given names.)
 */
export const PAST_NAME =
  /\b(fruehere[nrs]?|ehemalige[nrs]?|vorherige[nrs]?|vormalige[nrs]?|previous|former|prior|old) ((vor|nach|familien|ruf)?(name|namen|names)|(first|last|given|family|middle) names?|surnames?)\b|\bother names\b/;

/**
 * Folded label patterns, most specific first; the first match decides. Sources: docs/ATTRIBUTES.md §2
 * (labels seen), §4, §7.2–7.4 and the German synonyms of public forms. `none` patterns catch what
 * must never be filled (PIN, new or repeated passwords, combined PLZ/Ort fields, fax, Steuernummer).
 */
export const LABEL_RULES: readonly (readonly [RegExp, LexiconKind, number])[] = [
  [/\b(pin|puk|transport pin|can|zugangsnummer)\b/, 'none', 1],
  // New, repeated or changed passwords are passwords, but never filled (the fill reads `newPassword` as withheld).
  [
    /(passwort|kennwort|password).*(wiederhol|bestaetig|erneut|repeat|confirm|again|verif)|(neues|altes|new|old|create( a)?|choose( a)?|bestaetigen) (passwort|kennwort|password)|(passwort|kennwort) (neu|alt|festlegen|vergeben|waehlen)\b|^(confirm|repeat|retype|re enter|verify|bestaetigen|wiederholen)( your| the)? (password|passwort|kennwort)/,
    'newPassword',
    0.9,
  ],
  [/\b(passwort|kennwort|password)\b/, 'password', 0.9],
  [/\b(plz|postleitzahl)\b.*\b(ort|wohnort|stadt)\b|\b(ort|wohnort)\b.*\b(plz|postleitzahl)\b/, 'postalCodeAndCity', 0.9],
  [/telefax|\bfax\b|^(ext|extension|durchwahl)$/, 'none', 0.9],
  // One-time and confirmation codes are typed from a message, never filled.
  [
    /^(?!.*\b(postal|zip|post)\b).*\b(code|otp|tan|einmalpasswort|einmalcode|bestaetigungscode|sicherheitscode|verifizierungscode|aktivierungscode|verification|captcha)\b/,
    'none',
    0.9,
  ],
  [/\bsteuernummer\b|\bust ?id|umsatzsteuer|wirtschafts ?id/, 'none', 0.9],
  // Payment cards and document numbers are never filled (the vocabulary has no such attribute).
  [
    /^(?!.*(karte|card|kredit))(.*(gueltig bis|gueltigkeitsdatum|gueltigkeit bis|valid until|valid to|date of expiry|passport expiry|expiry date of (the )?(passport|document|id))|ablaufdatum (des|der) (ausweis|pass|dokument|reisepass|personalausweis))/,
    'validUntil',
    0.8,
  ],
  [
    /\b(card|karten|kredit ?karten?) ?(nummer|number|no)\b|\bcvc\b|\bcvv\b|security code|pruefziffer|expir|ablaufdatum|ausweisnummer|passnummer|dokumentennummer|seriennummer|document number|passport number/,
    'none',
    0.9,
  ],
  [/geburtsland|geburtsstaat|land der geburt|country of birth|birth country/, 'none', 0.9],
  // A child not yet born has a due date, not a birth date; a company's name is no person's.
  [
    /geburtstermin|entbindungstermin|voraussichtliche[rs]? geburtsdatum|expected (date of birth|birth ?date|due date)|due date/,
    'none',
    1.2,
  ],
  [
    /firmenname|firmenbezeichnung|name der firma|name des unternehmens|company name|name of (the )?company|organisation name|organization name|name der organisation/,
    'none',
    1.2,
  ],
  // Two values in one box ("Geburtsdatum und -ort") cannot be filled correctly.
  [
    /geburtsdatum (und )?ort|geburtsort (und )?datum|date and place of birth|place and date of birth|datum und ort der geburt|ort und datum der geburt/,
    'none',
    1.2,
  ],
  [
    /vor und (nach|zu|familien) ?name|vorname(n)? und (nach|zu|familien)?name|(nach|familien|zu)name(n)? und vorname|^(familien|nach|zu)?name(n)? vorname(n)?\b|^vorname(n)? (familien|nach|zu)?name(n)?$|vollstaendiger name|full name|your name|your full name|^their name$|ihr vollstaendiger name|name on (the )?card|card ?holder( name)?|name of (the )?card ?holder|karteninhaber|kontoinhaber|account holder|inhaber des kontos|^vor und zuname$/,
    'fullName',
    0.85,
  ],
  [/geburtsname|name (bei|zur|nach) (der )?geburt|birth ?name|maiden name|name at birth|surname at birth/, 'birthName', 0.9],
  // A former or a further nationality or name is not the one on record ("Frühere Staatsangehörigkeit(en)",
  // "Weitere Staatsangehörigkeit", "Früherer Name", "Previous first name", "Other names used").
  [
    new RegExp(
      `${PAST_NAME.source}|\\b(fruehere[nrs]?|ehemalige[nrs]?|vorherige[nrs]?|vormalige[nrs]?|previous|former|prior|weitere[nrs]?|zweite[nrs]?|second|additional|other) (staatsangehoerigkeit\\w*|nationalit\\w*|citizenship\\w*)\\b`,
    ),
    'none',
    0.9,
  ],
  [/geburtsort|ort der geburt|geburtsstadt|place of birth|birth ?place|city of birth|town of birth/, 'placeOfBirth', 0.9],
  // The place of an event or a thing is nobody's town ("Trauort", "Sterbeort", "Fundort", "Abholort",
  // "Veranstaltungsort", "Place of marriage"), though a box named `ort` stands under it.
  [
    /\b(trau|sterbe|todes|fund|tat|unfall|schadens|veranstaltungs|abhol|stand|einsatz|liefer|erfuellungs|aufstell|aufstellungs|lager|abgabe|bestattungs|beisetzungs|tagungs|treff|ausstellungs|ereignis|verlust|uebergabe|kurs|pruefungs|ausgabe|ziel|abfahrts|ankunfts|reise|bau|taetigkeits|leistungs|betriebs|studien|schul|dienst|arbeits|beschaeftigungs|durchfuehrungs|ausbildungs|praktikums|unterbringungs|behandlungs|termin|sitz)ort(e|es|s)?\b|\bort (der|des) (trauung|eheschliessung|hochzeit|veranstaltung|beisetzung|bestattung|abholung|uebergabe|pruefung|todes)\b|\bplace of (marriage|death|wedding|the (event|incident|accident|ceremony))\b|\bvenue\b|\b(incident|accident|event|pick ?up|collection) location\b/,
    'none',
    0.9,
  ],
  // One part of a split birth date named in words ("Enter the day of your birth", "Birth month", "Geburtsjahr").
  // German "Tag der Geburt" is the whole date, as the next line says.
  [/\bday of (your |the )?birth\b|\bbirth ?(day|date)? day\b/, 'birthDate.day', 0.9],
  [/\bmonth of (your |the )?birth\b|\bbirth ?(day|date)? month\b|\bgeburtsmonat\b/, 'birthDate.month', 0.9],
  [/\byear of (your |the )?birth\b|\bbirth ?(day|date)? year\b|\bgeburtsjahr\b|\byear born\b/, 'birthDate.year', 0.9],
  [/geburtsdatum|geboren am|tag der geburt|geburtstag|geb datum|gebdatum|date of birth|birth ?date|birthday|\bdob\b/, 'birthDate', 0.9],
  [/staatsangehoerigkeit|nationalitaet|staatsbuergerschaft|nationality|citizenship|country of citizenship/, 'nationality', 0.9],
  [/ordens.*(kuenstler)?name|kuenstlername|artistic name|religious name/, 'artisticName', 0.9],
  [/doktorgrad|akademische(r|n)? (titel|grad)|^titel$|^dr titel$|doctoral degree|academic title/, 'doctoralDegree', 0.85],
  [/^anrede\b|^salutation\b|^titel anrede$|^anrede titel$|^form of address$/, 'salutation', 0.85],
  [/^geschlecht\b|^gender\b|^sex$/, 'gender', 0.85],
  [
    /^(vorname|vornamen|vorname n|rufname|given names?|first names?|forename|first and middle names?)\b|\bvorname(n)?\b(?!.*\b(nach|familien|zu)?name)|\b(first|given) names?\b/,
    'givenNames',
    0.85,
  ],
  [
    /^(familienname|nachname|zuname|surname|last name|family name)\b|\b(familienname|nachname)\b|\b(last|family) name\b/,
    'familyName',
    0.85,
  ],
  [
    /^(name|ihr name|your name|name firma|name bzw firma|name oder firma|name des antragstellers|name der antragstellerin|name der antragstellerin des antragstellers)$|^name (des|der|von|of) /,
    'name',
    0.6,
  ],
  // Address line 2 before the street rules: "Street address: line 2" is the addition.
  [
    /(address|adresse|anschrift|street|strasse|adress)? ?(line|zeile) ?(2|two|zwei)\b|^(address|addr) 2$|adresszusatz|anschriftenzusatz|adressergaenzung|^zusatz$|zusatzangaben zur (anschrift|adresse)|ergaenzende angaben|\bc o\b|zu haenden|address (line )?2|apartment|\bapt\b|\bsuite\b|\bunit\b|\bflat\b|\bfloor\b|stockwerk|etage|hinterhaus|vorderhaus|seitenfluegel|gebaeudeteil|wohnungsnummer|^bei$/,
    'addressAddition',
    0.8,
  ],
  [
    /strasse ?(und|u|mit|,)? ?(hausnummer|hausnr|haus nr|nr)\b|str (und|u)? ?(hausnr|nr)\b|street (and )?(house )?(number|no)|street address|^anschrift (strasse|str)|^(address|address line 1|address 1|address line one|addr 1|street line 1|adresse zeile 1|anschrift zeile 1)$/,
    'streetAndNumber',
    0.85,
  ],
  [/^(strasse|str|strassenname|street|street name|strasse ohne hausnummer)$|^strasse\b(?!.*nummer)/, 'street', 0.85],
  [/^(hausnummer|hausnr|haus nr|hnr|nr|house number|house no|hausnummer mit zusatz)$/, 'houseNumber', 0.85],
  [/^(hausnummer|hausnr) ?zusatz$|^zusatz (zur )?hausnummer$/, 'none', 0.9],
  // "Number" alone is the house number only right after a street field (apply-context.ts).
  [/^(number|no|nummer)$/, 'numberAfterStreet', 0.85],
  [/^(postleitzahl|plz|postal code|zip|zip code|postcode|post code|zip postal code|postal zip code)\b/, 'postalCode', 0.85],
  [
    /^(ort|wohnort|stadt|gemeinde|city|town|ort gemeinde|wohnort stadt|ort stadt|stadt gemeinde|locality|city town|town city|wohnort gemeinde|town or city|city or town|ort oder gemeinde|stadt oder gemeinde|wohnort oder gemeinde|suburb city|city suburb)$/,
    'city',
    0.85,
  ],
  [/^bundesland\b|^kreis\b|^landkreis\b|^region\b|^state\b|^province\b|^county\b|state province|province state/, 'none', 0.7],
  [
    /^(land|staat|wohnsitzstaat|wohnland|country|land staat|staat land|country of residence|country region|country territory|wohnsitzland)$/,
    'country',
    0.85,
  ],
  [/\be ?mail\b|\bemail\b|e mail adresse/, 'email', 0.85],
  [/telefon|rufnummer|^tel\b|\bmobil|handy|phone|mobile/, 'phone', 0.8],
  [
    /steuer ?id|steuerliche identifikationsnummer|steueridentifikationsnummer|^idnr\b|identifikationsnummer|tax id|tax identification number/,
    'taxId',
    0.85,
  ],
  [/\biban\b/, 'iban', 0.9],
  [
    /benutzername|benutzerkennung|^kennung$|user ?name|anmeldename|login name|^login$|nutzerkennung|^nutzername$|^user id$|^userid$|^login id$/,
    'username',
    0.85,
  ],
  [
    /ausweisart|dokumentenart|dokumententyp|dokumentart|art des (ausweis|dokument|reisedokument|ausweisdokument)|ausweisdokument$|reisedokument$|document type|type of (travel |identity |id )?document|id type|identity document$/,
    'documentType',
    0.8,
  ],
  [
    /ausstellender staat|ausstellungsstaat|issuing (state|country|authority country)|ausstellungsland|country of issue/,
    'issuingState',
    0.8,
  ],
  [/wohnort ?id|gemeindeschluessel|gemeindekennziffer|gemeindekennzahl|community id/, 'communityId', 0.8],
  [/^(tag|tt|day|dd)$/, 'datePart.day', 0.5],
  [/^(monat|mm|month)$/, 'datePart.month', 0.5],
  [/^(jahr|jjjj|yyyy|year)$/, 'datePart.year', 0.5],
  [/^(anschrift|adresse|wohnanschrift|meldeanschrift)$/, 'streetAndNumber', 0.45],
];
