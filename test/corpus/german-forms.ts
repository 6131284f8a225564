import {
  adresszusatz,
  anrede,
  anschrift,
  anschriftKurz,
  bank,
  bic,
  email,
  familienname,
  geburtsdatum,
  geburtsname,
  geburtsort,
  geschlecht,
  hausnummer,
  iban,
  kontakt,
  kontoinhaber,
  land,
  ort,
  personFull,
  plz,
  staatsangehoerigkeit,
  strasse,
  strasseNr,
  telefon,
  vorname,
} from './field-blocks.ts';
import { field, type FormSpec } from './form-spec.ts';
import { DOKUMENTART, GEMEINDEN, HUNDERASSEN, STANDORTE } from './option-lists.ts';

const nachricht = field(null, ['Ihre Nachricht', 'Nachricht', 'Ihr Anliegen'], 'nachricht', { shape: 'textarea' });
const einwilligung = field(
  null,
  ['Ich habe die Datenschutzhinweise gelesen.', 'Ich stimme der Verarbeitung meiner Daten zu.'],
  'datenschutz',
  { shape: 'checkbox' },
);
const betrag = field(null, ['Höhe der Miete (Euro)', 'Monatliche Miete in Euro', 'Bruttokaltmiete'], 'miete', { shape: 'number' });
const einzug = field(null, ['Einzugsdatum', 'Tag des Einzugs', 'Datum des Einzugs'], 'einzugsdatum', { shape: 'date' });
const verwandtschaft = field(
  null,
  ['Verwandtschaftsverhältnis', 'Beziehung zur antragstellenden Person', 'Verhältnis zum Antragsteller'],
  'verhaeltnis',
);
const steuerId = field('taxId', ['Steuerliche Identifikationsnummer', 'Steuer-ID', 'Identifikationsnummer (IdNr.)'], 'steuerid', {
  maxLength: 11,
});

export const GERMAN_FORMS: readonly FormSpec[] = [
  {
    id: 'meldebescheinigung',
    title: 'Antrag auf eine erweiterte Meldebescheinigung',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Angaben zur antragstellenden Person', 'Persönliche Daten', 'Ihre Angaben', 'Antragsteller/in'],
        owner: 'self',
        nameWord: 'antragsteller',
        fields: [...personFull, geschlecht],
      },
      {
        titles: ['Anschrift', 'Ihre Wohnanschrift', 'Aktuelle Meldeadresse'],
        owner: 'self',
        nameWord: 'anschrift',
        fields: [...anschrift, land],
      },
      { titles: ['Kontaktdaten', 'Erreichbarkeit', 'Kontakt'], owner: 'self', nameWord: 'kontakt', fields: kontakt },
    ],
  },
  {
    id: 'wohnsitzanmeldung',
    title: 'Anmeldung einer Wohnung',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Meldepflichtige Person', 'Angaben zur anmeldenden Person', 'Persönliche Angaben'],
        owner: 'self',
        nameWord: 'person',
        fields: [...personFull, geschlecht],
      },
      {
        titles: ['Neue Wohnung', 'Anschrift der neuen Wohnung', 'Neue Anschrift'],
        owner: 'self',
        nameWord: 'neu',
        fields: [strasse, hausnummer, adresszusatz, plz, ort, einzug],
      },
      {
        titles: ['Mitziehende Person {n}', 'Weitere Person', 'Weitere Personen, die mit einziehen'],
        owner: 'other',
        repeat: 2,
        numbered: true,
        nameWord: 'mitziehend',
        fields: [vorname, familienname, geburtsdatum, geschlecht, verwandtschaft],
      },
      {
        titles: ['Wohnungsgeber', 'Angaben zum Wohnungsgeber', 'Wohnungsgeberin / Wohnungsgeber'],
        owner: 'other',
        nameWord: 'wohnungsgeber',
        fields: [vorname, familienname, strasseNr, plz, ort],
      },
      { titles: ['Kontakt für Rückfragen', 'Kontaktdaten', 'Ihre Erreichbarkeit'], owner: 'self', nameWord: 'kontakt', fields: kontakt },
    ],
  },
  {
    id: 'kindergeld',
    title: 'Antrag auf Kindergeld',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Angaben zur antragstellenden Person', 'Antragsteller', 'Ihre persönlichen Daten'],
        owner: 'self',
        nameWord: 'antragsteller',
        fields: [steuerId, ...personFull.slice(1), geschlecht, ...anschriftKurz, telefon],
      },
      {
        titles: [
          'Angaben zum Ehegatten / Lebenspartner',
          'Ehepartner/in bzw. eingetragene/r Lebenspartner/in',
          'Angaben zur Partnerin / zum Partner',
        ],
        owner: 'partner',
        nameWord: 'ehegatte',
        fields: [vorname, familienname, geburtsname, geburtsdatum, staatsangehoerigkeit, strasseNr, plz, ort],
      },
      {
        titles: ['Kind {n}', 'Angaben zum Kind', 'Angaben zu Ihrem Kind'],
        owner: 'child',
        repeat: 2,
        numbered: true,
        nameWord: 'kind',
        fields: [steuerId, vorname, familienname, geburtsdatum, geschlecht, geburtsort],
      },
      {
        titles: ['Bankverbindung', 'Zahlungsweg', 'Kontoverbindung für die Auszahlung'],
        owner: 'self',
        nameWord: 'bank',
        fields: [iban, bic, bank, kontoinhaber],
      },
    ],
  },
  {
    id: 'elterngeld',
    title: 'Antrag auf Elterngeld',
    lang: 'de',
    submit: 'Nächster Schritt',
    sections: [
      {
        titles: ['Angaben zum Kind', 'Ihr Kind', 'Daten des Kindes'],
        owner: 'child',
        nameWord: 'kind',
        fields: [
          vorname,
          familienname,
          geburtsdatum,
          field(null, ['Anzahl der Mehrlinge', 'Mehrlingsgeburt (Anzahl)'], 'mehrlinge', { shape: 'number' }),
        ],
      },
      {
        titles: ['Elternteil, das den Antrag stellt', 'Angaben zu Ihrer Person', 'Antragstellender Elternteil'],
        owner: 'self',
        nameWord: 'elternteil1',
        fields: [anrede, vorname, familienname, geburtsdatum, steuerId, ...anschrift, email, telefon],
      },
      {
        titles: ['Anderer Elternteil', 'Angaben zum anderen Elternteil', 'Zweiter Elternteil'],
        owner: 'partner',
        nameWord: 'elternteil2',
        fields: [vorname, familienname, geburtsdatum, steuerId, strasseNr, plz, ort],
      },
      { titles: ['Bankverbindung', 'Kontoverbindung'], owner: 'self', nameWord: 'konto', fields: [kontoinhaber, iban] },
    ],
  },
  {
    id: 'kita-anmeldung',
    title: 'Anmeldung für einen Betreuungsplatz für Ihr Kind',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Angaben zum Kind', 'Daten des Kindes', 'Das Kind'],
        owner: 'child',
        nameWord: 'kind',
        fields: [vorname, familienname, geburtsdatum, geschlecht, staatsangehoerigkeit],
      },
      {
        titles: ['Sorgeberechtigte', 'Eltern', 'Erziehungsberechtigte'],
        owner: 'self',
        nameWord: 'eltern',
        fields: [vorname, familienname, geburtsdatum, strasseNr, plz, ort, telefon, email],
        compare: [
          { header: 'Elternteil 1', owner: 'self', nameWord: 'e1' },
          { header: 'Elternteil 2', owner: 'partner', nameWord: 'e2' },
        ],
      },
      {
        titles: ['Gewünschte Einrichtung', 'Angaben zur Kita', 'Wunscheinrichtung'],
        owner: 'thing',
        nameWord: 'kita',
        fields: [
          field(null, ['Name der Einrichtung', 'Kita', 'Einrichtung'], 'einrichtung'),
          field(null, ['Gewünschter Betreuungsbeginn', 'Betreuung ab'], 'beginn', { shape: 'date' }),
          field(null, ['Betreuungsumfang (Stunden pro Woche)', 'Wochenstunden'], 'umfang', { shape: 'number' }),
        ],
      },
    ],
  },
  {
    id: 'wohngeld',
    title: 'Antrag auf Mietzuschuss (Wohngeld)',
    lang: 'de',
    submit: 'Speichern und weiter',
    sections: [
      {
        titles: ['Antragstellende Person', 'Angaben zur Person', 'Persönliche Angaben der antragstellenden Person'],
        owner: 'self',
        nameWord: 'antragsteller',
        fields: [anrede, vorname, familienname, geburtsdatum, staatsangehoerigkeit, strasse, hausnummer, plz, ort, telefon, email],
      },
      {
        titles: ['Haushaltsmitglied {n}', 'Weiteres Haushaltsmitglied', 'Weitere Haushaltsmitglieder'],
        owner: 'other',
        repeat: 3,
        numbered: true,
        nameWord: 'haushaltsmitglied',
        fields: [vorname, familienname, geburtsdatum, verwandtschaft],
      },
      {
        titles: ['Vermieterin / Vermieter', 'Angaben zum Vermieter', 'Vermieter'],
        owner: 'other',
        nameWord: 'vermieter',
        fields: [
          field('fullName', ['Name, Vorname bzw. Firma', 'Name der Vermieterin / des Vermieters', 'Name / Firma'], 'name'),
          strasseNr,
          plz,
          ort,
        ],
      },
      { titles: ['Angaben zur Miete', 'Miete'], owner: 'self', nameWord: 'miete', fields: [betrag, einzug] },
    ],
  },
  {
    id: 'wohngeld-haushalt',
    title: 'Wohngeld: Angaben zum Haushalt',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      { titles: ['Kontakt', 'Ihre Erreichbarkeit'], owner: 'self', nameWord: 'kontakt', fields: [telefon, email, iban] },
      {
        // Row 1 is the applicant, the others household members; the row's own cell says so.
        titles: ['Haushaltsmitglieder', '2. Haushaltsmitglieder', 'Angaben zu den Haushaltsmitgliedern', 'Im Haushalt lebende Personen'],
        owner: 'other',
        nameWord: 'haushalt',
        fields: [familienname, vorname, geburtsdatum],
        rows: [
          { cell: 'Antragsteller/in', owner: 'self', nameWord: 'person1' },
          { cell: '', owner: 'other', nameWord: 'person2' },
          { cell: '', owner: 'other', nameWord: 'person3' },
          { cell: '', owner: 'other', nameWord: 'person4' },
        ],
      },
    ],
  },
  {
    id: 'gewerbeanmeldung',
    title: 'Gewerbeanmeldung nach § 14 GewO (GewA 1)',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Angaben zum Betriebsinhaber', 'Inhaberin / Inhaber', 'Gewerbetreibende Person'],
        owner: 'self',
        nameWord: 'inhaber',
        fields: [
          anrede,
          familienname,
          vorname,
          geburtsname,
          geburtsdatum,
          geburtsort,
          staatsangehoerigkeit,
          ...anschriftKurz,
          telefon,
          email,
        ],
      },
      {
        titles: ['Angaben zum Betrieb', 'Betriebsstätte', 'Angaben zur Betriebsstätte'],
        owner: 'thing',
        nameWord: 'betrieb',
        fields: [
          field(null, ['Name des Geschäfts', 'Geschäftsbezeichnung', 'Firmenname'], 'bezeichnung'),
          strasseNr,
          plz,
          ort,
          telefon,
          email,
          field(null, ['Angemeldete Tätigkeit', 'Tätigkeit (genau angeben)'], 'taetigkeit', { shape: 'textarea' }),
        ],
      },
      {
        titles: ['Ansprechperson für Rückfragen', 'Kontaktperson im Betrieb', 'Ansprechpartnerin / Ansprechpartner'],
        owner: 'other',
        nameWord: 'kontaktperson',
        fields: [vorname, familienname, telefon, email],
      },
    ],
  },
  {
    id: 'hundesteuer',
    title: 'Anmeldung zur Hundesteuer',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Halterin / Halter', 'Angaben zur Hundehalterin / zum Hundehalter', 'Ihre Daten'],
        owner: 'self',
        nameWord: 'halter',
        fields: [anrede, vorname, familienname, geburtsdatum, ...anschriftKurz, email],
      },
      {
        titles: ['Angaben zum Hund', 'Hund {n}', 'Der Hund'],
        owner: 'thing',
        repeat: 2,
        numbered: true,
        nameWord: 'hund',
        fields: [
          field(null, ['Name des Hundes', 'Rufname', 'Name'], 'hundename'),
          field(null, ['Rasse', 'Hunderasse'], 'rasse', { shape: 'select', options: HUNDERASSEN }),
          field(null, ['Geschlecht', 'Geschlecht des Hundes'], 'hundegeschlecht', {
            shape: 'select',
            options: ['Bitte wählen', 'Rüde', 'Hündin'],
          }),
          field(null, ['Wurfdatum', 'Geburtsdatum des Hundes', 'Wurftag'], 'wurfdatum', { shape: 'date' }),
        ],
      },
    ],
  },
  {
    id: 'bewohnerparkausweis',
    title: 'Bewohnerparkausweis beantragen',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Antragsteller/in', 'Persönliche Angaben'],
        owner: 'self',
        nameWord: 'antragsteller',
        fields: [vorname, familienname, geburtsdatum, strasse, hausnummer, plz, ort, email],
      },
      {
        titles: ['Angaben zum Fahrzeug', 'Fahrzeug', 'Fahrzeugdaten'],
        owner: 'thing',
        nameWord: 'fahrzeug',
        fields: [field(null, ['Amtliches Kennzeichen', 'Kennzeichen'], 'kennzeichen'), field(null, ['Hersteller', 'Marke'], 'hersteller')],
      },
      {
        // A checkbox that says the data is someone else's opens that person, with no heading of its own.
        titles: ['Nutzungsberechtigte Person'],
        openedBy: [
          'Das Fahrzeug wird mir von einer anderen Person überlassen',
          'Ich stelle den Antrag für eine andere Person',
          'Der Antrag wird für jemand anderen gestellt',
        ],
        owner: 'other',
        nameWord: 'nutzer',
        fields: [vorname, familienname, geburtsdatum],
      },
      {
        // A role that is usually the applicant's, said to be someone else's, in one compound word.
        titles: ['Fahrzeughalter/in (nur wenn abweichend)', 'Angaben zur Fahrzeughalterin / zum Fahrzeughalter, falls abweichend'],
        owner: 'other',
        nameWord: 'halter',
        fields: [vorname, familienname],
      },
    ],
  },
  {
    id: 'grundsteuer',
    title: 'Erklärung zur Feststellung des Grundsteuerwerts',
    lang: 'de',
    submit: 'Nächste Seite',
    sections: [
      {
        titles: ['Lage des Grundstücks', 'Angaben zum Grundstück'],
        owner: 'thing',
        nameWord: 'grundstueck',
        fields: [
          strasse,
          hausnummer,
          plz,
          ort,
          field(null, ['Gemarkung'], 'gemarkung'),
          field(null, ['Flurstück', 'Flurstücksnummer'], 'flurstueck'),
        ],
      },
      {
        // Counted owners: the first is the citizen who declares.
        titles: ['Eigentümerin / Eigentümer Person 1', 'Beteiligte/r 1'],
        owner: 'self',
        nameWord: 'person1',
        fields: [anrede, vorname, familienname, geburtsdatum, steuerId, strasse, hausnummer, plz, ort],
      },
      {
        titles: ['Eigentümerin / Eigentümer Person 2', 'Beteiligte/r 2'],
        owner: 'other',
        nameWord: 'person2',
        fields: [vorname, familienname, geburtsdatum, steuerId],
      },
    ],
  },
  {
    id: 'ausweis',
    title: 'Verlustmeldung Personalausweis / Reisepass',
    lang: 'de',
    submit: 'Absenden',
    sections: [
      {
        titles: ['Persönliche Daten', 'Angaben zur Person'],
        owner: 'self',
        nameWord: 'person',
        fields: [vorname, familienname, geburtsname, geburtsdatum, geburtsort, ...anschriftKurz],
      },
      {
        titles: ['Angaben zum Dokument', 'Verlorenes Dokument', 'Dokument'],
        owner: 'self',
        nameWord: 'dokument',
        fields: [
          field('documentType', ['Dokumentart', 'Art des Ausweisdokuments', 'Ausweisart'], 'dokumentart', {
            shape: 'select',
            options: DOKUMENTART,
          }),
          field(null, ['Seriennummer / Dokumentennummer', 'Ausweisnummer', 'Dokumentennummer'], 'dokumentnummer'),
          field('validUntil', ['Gültig bis', 'Ablaufdatum des Ausweises', 'gültig bis (TT.MM.JJJJ)'], 'gueltigbis', { shape: 'date' }),
          field(null, ['Ausstellende Behörde', 'Ausgestellt von (Behörde)'], 'behoerde'),
          field(null, ['Datum des Verlusts', 'Verlustdatum', 'Wann ging das Dokument verloren?'], 'verlustdatum', { shape: 'date' }),
        ],
      },
      { titles: ['Kontakt', 'Rückfragen'], owner: 'self', nameWord: 'kontakt', fields: [email, telefon] },
    ],
  },
  {
    id: 'bafoeg',
    title: 'Antrag auf Ausbildungsförderung (BAföG)',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Angaben zur Person', 'Auszubildende Person', 'Ihre Angaben'],
        owner: 'self',
        nameWord: 'auszubildende',
        fields: [
          familienname,
          vorname,
          geburtsname,
          geburtsdatum,
          geburtsort,
          geschlecht,
          staatsangehoerigkeit,
          steuerId,
          ...anschrift,
          email,
          telefon,
        ],
      },
      {
        titles: ['Ausbildungsstätte', 'Angaben zur Ausbildungsstätte', 'Hochschule / Schule'],
        owner: 'thing',
        nameWord: 'ausbildungsstaette',
        fields: [field(null, ['Name der Ausbildungsstätte', 'Hochschule', 'Bezeichnung der Schule'], 'bezeichnung'), strasseNr, plz, ort],
      },
      {
        titles: ['Angaben zum Vater', 'Vater'],
        owner: 'other',
        nameWord: 'vater',
        fields: [familienname, vorname, geburtsdatum, strasseNr, plz, ort],
      },
      {
        titles: ['Angaben zur Mutter', 'Mutter'],
        owner: 'other',
        nameWord: 'mutter',
        fields: [familienname, vorname, geburtsdatum, strasseNr, plz, ort],
      },
      { titles: ['Bankverbindung'], owner: 'self', nameWord: 'bank', fields: [kontoinhaber, iban] },
    ],
  },
  {
    id: 'kfz-zulassung',
    title: 'Zulassung eines Fahrzeugs (i-Kfz)',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Halterin / Halter', 'Angaben zur Halterin / zum Halter'],
        owner: 'self',
        nameWord: 'halter',
        fields: [familienname, vorname, geburtsname, geburtsdatum, geburtsort, strasse, hausnummer, plz, ort],
      },
      {
        // The holder that was (a Halterwechsel): the seller, someone else now.
        titles: ['Bisherige Halterin / bisheriger Halter', 'Angaben zum bisherigen Fahrzeughalter', 'Verkäuferin / Verkäufer'],
        owner: 'other',
        nameWord: 'vorhalter',
        fields: [familienname, vorname, plz, ort],
      },
      {
        titles: ['Fahrzeug', 'Angaben zum Fahrzeug'],
        owner: 'thing',
        nameWord: 'fahrzeug',
        fields: [
          field(null, ['Fahrzeug-Identifizierungsnummer (FIN)', 'FIN'], 'fin'),
          field(null, ['Wunschkennzeichen', 'Reserviertes Kennzeichen'], 'kennzeichen'),
          field(null, ['Datum der Erstzulassung', 'Erstzulassung'], 'erstzulassung', { shape: 'date' }),
        ],
      },
      {
        titles: ['Kontoverbindung für den Kfz-Steuereinzug', 'SEPA-Lastschriftmandat'],
        owner: 'self',
        nameWord: 'sepa',
        fields: [kontoinhaber, iban],
      },
      { titles: ['Kontakt'], owner: 'self', nameWord: 'kontakt', fields: [email, telefon] },
    ],
  },
  {
    id: 'termin',
    title: 'Termin im Bürgerbüro buchen',
    lang: 'de',
    submit: 'Termin verbindlich buchen',
    sections: [
      {
        titles: ['Ihre Daten', 'Kontaktdaten für die Terminbestätigung', 'Persönliche Angaben'],
        owner: 'self',
        nameWord: 'kunde',
        fields: [
          field('fullName', ['Name', 'Ihr Name', 'Vor- und Nachname'], 'name'),
          email,
          telefon,
          field(null, ['Anmerkung', 'Bemerkungen zum Termin'], 'anmerkung', { shape: 'textarea' }),
        ],
      },
    ],
  },
  {
    id: 'kontakt',
    title: 'Kontakt zum Bürgerservice',
    lang: 'de',
    submit: 'Nachricht senden',
    sections: [
      {
        titles: ['Kontaktformular', 'Schreiben Sie uns', 'Ihre Anfrage'],
        owner: 'self',
        nameWord: 'kontakt',
        fields: [
          anrede,
          field('fullName', ['Ihr Name', 'Name', 'Vor- und Nachname'], 'name'),
          email,
          telefon,
          field(null, ['Betreff', 'Thema'], 'betreff'),
          nachricht,
          einwilligung,
        ],
      },
    ],
  },
  {
    id: 'eheschliessung',
    title: 'Anmeldung zur Eheschließung',
    lang: 'de',
    submit: 'Absenden',
    sections: [
      {
        // A couple counted on the form: the first is the citizen, the second the partner.
        titles: ['Verlobte Person 1 (Sie)', 'Verlobte/r 1', 'Eheschließende Person 1'],
        owner: 'self',
        nameWord: 'verlobte1',
        fields: [anrede, vorname, familienname, geburtsname, geburtsdatum, geburtsort, staatsangehoerigkeit, email, telefon],
      },
      {
        titles: ['Verlobte Person 2', 'Verlobte/r 2', 'Eheschließende Person 2'],
        owner: 'partner',
        nameWord: 'verlobte2',
        fields: [vorname, familienname, geburtsname, geburtsdatum, geburtsort, staatsangehoerigkeit],
      },
      {
        titles: ['Wunsch zur Trauung', 'Angaben zur Trauung'],
        owner: 'thing',
        nameWord: 'trauung',
        fields: [
          // The place of an event is nobody's town, though its box is named `ort`.
          field(null, ['Trauort', 'Ort der Trauung', 'Gewünschter Trauort'], 'ort', {
            shape: 'select',
            options: ['Bitte wählen', 'Trauzimmer im Rathaus', 'Schloss', 'Standesamt Mitte'],
          }),
          field(null, ['Wunschtermin', 'Gewünschtes Datum der Trauung'], 'termin', { shape: 'date' }),
          field(null, ['Künftiger Ehename', 'Gemeinsamer Ehename'], 'ehename'),
        ],
      },
    ],
  },
  {
    id: 'sterbefall',
    title: 'Anzeige eines Sterbefalls',
    lang: 'de',
    submit: 'Anzeige absenden',
    sections: [
      {
        titles: ['Angaben zur verstorbenen Person', 'Verstorbene Person', 'Die / der Verstorbene'],
        owner: 'other',
        nameWord: 'verstorbener',
        fields: [
          vorname,
          familienname,
          geburtsdatum,
          field(null, ['Sterbedatum', 'Datum des Todes', 'Todestag'], 'sterbedatum', { shape: 'date' }),
          field(null, ['Sterbeort', 'Sterbeort (Krankenhaus, Heim, Wohnung)', 'Todesort'], 'ort'),
          strasse,
          hausnummer,
          plz,
          ort,
        ],
      },
      {
        titles: ['Angaben zur anzeigenden Person', 'Anzeigende Person', 'Ihre Angaben'],
        owner: 'self',
        nameWord: 'anzeigender',
        fields: [vorname, familienname, verwandtschaft, ...anschriftKurz, telefon, email],
      },
      {
        // A compound whose head is an organisation ("…unternehmen", "…institut") is that organisation.
        titles: ['Bestattungsunternehmen (falls beauftragt)', 'Beauftragtes Bestattungsunternehmen', 'Angaben zum Bestattungsinstitut'],
        owner: 'thing',
        nameWord: 'bestatter',
        fields: [field(null, ['Name des Bestattungsunternehmens', 'Firma', 'Bezeichnung'], 'firma'), telefon, email],
      },
    ],
  },
  {
    id: 'zweitwohnungsteuer',
    title: 'Erklärung zur Zweitwohnungsteuer',
    lang: 'de',
    submit: 'Erklärung abgeben',
    sections: [
      {
        titles: ['Steuerpflichtige Person', 'Angaben zur steuerpflichtigen Person', 'Ihre Angaben'],
        owner: 'self',
        nameWord: 'person',
        fields: [anrede, vorname, familienname, geburtsdatum, steuerId],
      },
      {
        titles: ['Anschrift der Hauptwohnung', 'Hauptwohnung', 'Hauptwohnsitz'],
        owner: 'self',
        nameWord: 'hauptwohnung',
        fields: anschrift,
      },
      {
        // The citizen's second home is not the address on record (that is the main home): nobody's to fill.
        titles: ['Anschrift der Zweitwohnung', 'Nebenwohnung', 'Angaben zur Zweitwohnung (Nebenwohnung)'],
        owner: 'thing',
        nameWord: 'zweitwohnung',
        fields: [
          strasse,
          hausnummer,
          plz,
          ort,
          field(null, ['Wohnfläche in m²', 'Wohnfläche (m²)'], 'wohnflaeche', { shape: 'number' }),
          einzug,
        ],
      },
      {
        titles: ['Vermieter/in', 'Angaben zur Vermieterin / zum Vermieter'],
        owner: 'other',
        nameWord: 'vermieter',
        fields: [vorname, familienname, telefon],
      },
    ],
  },
  {
    id: 'schulanmeldung',
    title: 'Anmeldung zur Einschulung',
    lang: 'de',
    submit: 'Anmeldung absenden',
    sections: [
      {
        // A parent fills in a school form: the pupil is the child.
        titles: ['1. Schülerin / Schüler', 'Angaben zum Schulkind', 'Schülerin / Schüler'],
        owner: 'child',
        nameWord: 'schueler',
        fields: [vorname, familienname, geburtsdatum, geburtsort, staatsangehoerigkeit],
      },
      {
        // A step number before a role that carries its own count is the step.
        titles: ['2. Erziehungsberechtigte Person 1', 'Erziehungsberechtigte/r 1', '2. Erziehungsberechtigte Person 1 (Sie)'],
        owner: 'self',
        nameWord: 'erz1',
        fields: [vorname, familienname, ...anschriftKurz, telefon, email],
      },
      {
        titles: ['3. Erziehungsberechtigte Person 2 (falls vorhanden)', 'Erziehungsberechtigte/r 2'],
        owner: 'partner',
        nameWord: 'erz2',
        fields: [vorname, familienname, telefon],
      },
      {
        titles: ['Kinderärztin / Kinderarzt', 'Behandelnde Kinderärztin / behandelnder Kinderarzt'],
        owner: 'other',
        nameWord: 'kinderarzt',
        fields: [field(null, ['Name der Praxis', 'Praxis'], 'praxis'), telefon],
      },
    ],
  },
  {
    id: 'einbuergerung',
    title: 'Antrag auf Einbürgerung',
    lang: 'de',
    submit: 'Antrag absenden',
    sections: [
      {
        titles: ['A. Angaben zur Person', 'Antragstellende Person'],
        owner: 'self',
        nameWord: 'person',
        fields: [
          familienname,
          geburtsname,
          vorname,
          geburtsdatum,
          staatsangehoerigkeit,
          // A former or a further nationality is not the one on record.
          field(null, ['Frühere Staatsangehörigkeit(en)', 'Weitere Staatsangehörigkeit', 'Ehemalige Staatsangehörigkeit'], 'fruehereSa'),
          field(null, ['Frühere Namen', 'Früherer Familienname'], 'fruehereNamen'),
        ],
      },
      { titles: ['B. Derzeitige Anschrift', 'Wohnanschrift'], owner: 'self', nameWord: 'anschrift', fields: [strasseNr, plz, ort] },
      {
        // Where the citizen lived before is nobody's to fill.
        titles: ['C. Frühere Wohnsitze', 'Wohnsitze der letzten 8 Jahre', 'Frühere Anschrift'],
        owner: 'thing',
        nameWord: 'frueher',
        fields: [strasseNr, plz, ort, field(null, ['Von – bis', 'Zeitraum'], 'zeitraum')],
      },
      {
        titles: ['D. Ehegattin / Ehegatte bzw. eingetragene Lebenspartnerin / eingetragener Lebenspartner', 'Angaben zum Ehegatten'],
        owner: 'partner',
        nameWord: 'ehegatte',
        fields: [familienname, vorname, geburtsdatum, staatsangehoerigkeit],
      },
    ],
  },
  {
    id: 'briefwahl',
    title: 'Antrag auf Erteilung eines Wahlscheins (Briefwahl)',
    lang: 'de',
    submit: 'Antrag absenden',
    sections: [
      {
        titles: ['Angaben aus der Wahlbenachrichtigung', 'Wahlbenachrichtigung'],
        owner: 'self',
        nameWord: 'wahl',
        fields: [
          field(null, ['Wahlbezirk', 'Nummer des Wahlbezirks', 'Stimmbezirk'], 'wahlbezirk'),
          field(null, ['Nummer im Wählerverzeichnis', 'Lfd. Nr. im Wählerverzeichnis', 'Wählerverzeichnis-Nr.'], 'wvznr'),
        ],
      },
      {
        titles: ['Angaben zur wahlberechtigten Person', 'Wahlberechtigte Person', 'Ihre Angaben'],
        owner: 'self',
        nameWord: 'person',
        fields: [familienname, vorname, geburtsdatum, ...anschrift],
      },
      {
        // The alternative delivery address opens below a checkbox, with no heading of its own: not the address on record.
        titles: ['Versandanschrift'],
        openedBy: [
          'Die Unterlagen sollen an folgende abweichende Anschrift gesendet werden',
          'Abweichende Versandanschrift angeben',
          'An eine andere Anschrift senden',
        ],
        owner: 'other',
        nameWord: 'versand',
        fields: [
          field('fullName', ['Name, Vorname / c/o', 'Name der Empfängerin / des Empfängers', 'Vor- und Nachname'], 'empfaenger'),
          strasse,
          hausnummer,
          plz,
          ort,
          land,
        ],
      },
      { titles: ['Kontaktdaten', 'Für Rückfragen'], owner: 'self', nameWord: 'kontakt', fields: [email, telefon] },
    ],
  },
  {
    id: 'terminsuche',
    title: 'Freie Termine finden',
    lang: 'de',
    submit: 'Termine suchen',
    page: 'none',
    sections: [
      {
        titles: ['Suche', 'Terminsuche'],
        owner: 'thing',
        nameWord: 'suche',
        fields: [
          field(null, ['Gemeinde', 'Ort', 'Standort'], 'gemeinde', { shape: 'select', options: GEMEINDEN }),
          field(null, ['Bürgerbüro', 'Dienststelle'], 'standort', { shape: 'select', options: STANDORTE }),
        ],
      },
    ],
  },
];
