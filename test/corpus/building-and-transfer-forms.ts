import {
  anrede,
  anschrift,
  anschriftKurz,
  email,
  familienname,
  geburtsdatum,
  hausnummer,
  plz,
  ort,
  strasse,
  telefon,
  vorname,
} from './field-blocks.ts';
import { field, type FormSpec } from './form-spec.ts';
import { HUNDERASSEN } from './option-lists.ts';

const nameVorname = field('fullName', ['Name, Vorname', 'Vor- und Familienname', 'Vor- und Zuname'], 'name');
const uebergabe = field(null, ['Datum der Übergabe', 'Tag der Veräußerung', 'Übergabedatum'], 'datum', { shape: 'date' });

/**
 * A building application (its people are the applicant, a planner and the plot's owner; the plot is
 * nobody's) and two changes of holder whose parties both speak of a holder: the citizen is the party
 * described first, or neither where the citizen's own data came before (transfer-sides.ts).
 */
export const BUILDING_AND_TRANSFER_FORMS: readonly FormSpec[] = [
  {
    id: 'bauantrag',
    title: 'Antrag auf Baugenehmigung (vereinfachtes Verfahren)',
    lang: 'de',
    submit: 'Weiter',
    sections: [
      {
        titles: ['Bauherrin / Bauherr', 'Angaben zur Bauherrschaft', 'Bauherr'],
        owner: 'self',
        nameWord: 'bauherr',
        fields: [anrede, familienname, vorname, strasse, hausnummer, plz, ort, telefon, email],
      },
      {
        titles: ['Entwurfsverfasserin / Entwurfsverfasser', 'Planverfasser/in', 'Bauvorlageberechtigte Person'],
        owner: 'other',
        nameWord: 'entwurfsverfasser',
        fields: [
          familienname,
          vorname,
          field(null, ['Berufsbezeichnung', 'Berufsbezeichnung (z. B. Architekt/in)'], 'beruf'),
          field(null, ['Mitgliedsnummer der Architektenkammer', 'Kammer-Nr.', 'Listennummer der Ingenieurkammer'], 'kammernummer'),
          ...anschriftKurz,
          telefon,
        ],
      },
      {
        titles: ['Baugrundstück', 'Lage des Baugrundstücks', 'Angaben zum Grundstück'],
        owner: 'thing',
        nameWord: 'grundstueck',
        fields: [
          strasse,
          hausnummer,
          plz,
          ort,
          field(null, ['Gemarkung', 'Gemarkung'], 'gemarkung'),
          field(null, ['Flur', 'Flur-Nr.'], 'flur'),
          field(null, ['Flurstück(e)', 'Flurstücksnummer'], 'flurstueck'),
        ],
      },
      {
        titles: ['Grundstückseigentümerin / Grundstückseigentümer (falls abweichend)', 'Eigentümerin / Eigentümer des Grundstücks'],
        owner: 'other',
        nameWord: 'eigentuemer',
        fields: [nameVorname, ...anschriftKurz],
      },
    ],
  },
  {
    id: 'hundesteuer-abmeldung',
    title: 'Abmeldung eines Hundes von der Hundesteuer',
    lang: 'de',
    submit: 'Abmeldung absenden',
    sections: [
      {
        titles: ['Hundehalterin / Hundehalter', 'Angaben zur Halterin / zum Halter', 'Ihre Daten'],
        owner: 'self',
        nameWord: 'halter',
        fields: [anrede, vorname, familienname, ...anschriftKurz],
      },
      {
        titles: ['Angaben zum Hund', 'Der abgemeldete Hund'],
        owner: 'thing',
        nameWord: 'hund',
        fields: [
          field(null, ['Name des Hundes', 'Rufname'], 'hundename'),
          field(null, ['Rasse', 'Hunderasse'], 'rasse', { shape: 'select', options: HUNDERASSEN }),
          field(null, ['Nummer der Steuermarke', 'Hundesteuermarke Nr.'], 'steuermarke'),
        ],
      },
      {
        titles: ['Bei Abgabe: neue Halterin / neuer Halter', 'Angaben zum neuen Halter', 'Neue Hundehalterin / neuer Hundehalter'],
        owner: 'other',
        nameWord: 'neuerHalter',
        fields: [vorname, familienname, ...anschriftKurz],
      },
    ],
  },
  {
    id: 'veraeusserungsanzeige',
    title: 'Veräußerungsanzeige für ein Fahrzeug',
    lang: 'de',
    submit: 'Anzeige absenden',
    sections: [
      {
        titles: ['Veräußerer (bisheriger Halter)', 'Verkäuferin / Verkäufer', 'Angaben zur Veräußererin / zum Veräußerer'],
        owner: 'self',
        nameWord: 'veraeusserer',
        fields: [familienname, vorname, geburtsdatum, ...anschrift],
      },
      {
        titles: ['Erwerber (neuer Halter)', 'Käuferin / Käufer', 'Angaben zum Erwerber'],
        owner: 'other',
        nameWord: 'erwerber',
        fields: [familienname, vorname, geburtsdatum, ...anschriftKurz],
      },
      {
        titles: ['Fahrzeug', 'Angaben zum Fahrzeug'],
        owner: 'thing',
        nameWord: 'fahrzeug',
        fields: [field(null, ['Amtliches Kennzeichen', 'Kennzeichen'], 'kennzeichen'), uebergabe],
      },
      { titles: ['Kontakt für Rückfragen', 'Erreichbarkeit'], owner: 'self', nameWord: 'kontakt', fields: [email, telefon] },
    ],
  },
];
