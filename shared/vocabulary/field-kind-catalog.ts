import type { AttributeId, ClassificationKind } from './attribute-ids.ts';

export interface FieldKindInfo {
  readonly labelDe: string;
  readonly labelEn: string;
  readonly formLabelsDe: readonly string[];
  readonly fimIds: readonly string[];
  readonly autocomplete: readonly string[];
  /** The attributes whose values this kind is made of at fill time. */
  readonly from: readonly AttributeId[];
}

/** The classification-only kinds of docs/ATTRIBUTES.md §4. */
export const FIELD_KIND_CATALOG: Readonly<Record<ClassificationKind, FieldKindInfo>> = {
  'birthDate.day': {
    labelDe: 'Geburtstag (Tag)',
    labelEn: 'Birth day',
    formLabelsDe: ['Tag', 'TT'],
    fimIds: ['F60000231'],
    autocomplete: ['bday-day'],
    from: ['birthDate'],
  },
  'birthDate.month': {
    labelDe: 'Geburtsmonat',
    labelEn: 'Birth month',
    formLabelsDe: ['Monat', 'MM'],
    fimIds: ['F60000232'],
    autocomplete: ['bday-month'],
    from: ['birthDate'],
  },
  'birthDate.year': {
    labelDe: 'Geburtsjahr',
    labelEn: 'Birth year',
    formLabelsDe: ['Jahr', 'JJJJ'],
    fimIds: ['F60000233'],
    autocomplete: ['bday-year'],
    from: ['birthDate'],
  },
  streetAndNumber: {
    labelDe: 'Straße und Hausnummer',
    labelEn: 'Street and number',
    formLabelsDe: ['Straße und Hausnummer', 'Straße/Hausnr.', 'Anschrift'],
    fimIds: [],
    autocomplete: ['street-address', 'address-line1'],
    from: ['street', 'houseNumber'],
  },
  fullName: {
    labelDe: 'Vollständiger Name',
    labelEn: 'Full name',
    formLabelsDe: ['Vor- und Nachname', 'Vor- und Zuname', 'vollständiger Name', 'Name, Vorname'],
    fimIds: [],
    autocomplete: ['name'],
    from: ['givenNames', 'familyName'],
  },
  username: {
    labelDe: 'Benutzername',
    labelEn: 'Username',
    formLabelsDe: ['Benutzername', 'Benutzerkennung', 'Kennung'],
    fimIds: [],
    autocomplete: ['username'],
    from: [],
  },
  password: {
    labelDe: 'Passwort',
    labelEn: 'Password',
    formLabelsDe: ['Passwort', 'Kennwort'],
    fimIds: [],
    autocomplete: ['current-password'],
    from: [],
  },
};
