import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { dateParts, formatGermanDate, formatIsoDate } from '../../../shared/vocabulary/format-date.ts';
import { joinStreet } from '../../../shared/vocabulary/split-street.ts';
import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import { foldText } from '../classify/fold-text.ts';
import type { CountryForms } from '../../../shared/vocabulary/country-forms.ts';
import type { FillValues, PlanResult } from './fill-values.ts';

const GENDER_WORDS: Readonly<Record<string, { values: string[]; texts: string[] }>> = {
  female: { values: ['female', 'f', 'w', 'weiblich', '2'], texts: ['weiblich', 'female', 'frau'] },
  male: { values: ['male', 'm', 'maennlich', '1'], texts: ['maennlich', 'male', 'mann'] },
  diverse: { values: ['diverse', 'd', 'divers', 'x'], texts: ['divers', 'diverse'] },
  unspecified: { values: ['unspecified', 'u', 'keine', 'none'], texts: ['ohne angabe', 'keine angabe', 'unbestimmt'] },
};
const SALUTATION_WORDS: Readonly<Record<string, { values: string[]; texts: string[] }>> = {
  frau: { values: ['frau', 'mrs', 'ms', 'f'], texts: ['frau'] },
  herr: { values: ['herr', 'mr', 'm'], texts: ['herr'] },
  none: { values: ['none', 'no_anrede', 'keine'], texts: ['keine anrede', 'ohne anrede', 'keine angabe'] },
};
/**
 * The card's document type as the form names it. The eID read gives ICAO codes: ID for the
 * Personalausweis, AR/AS/AF for the electronic residence permit, UB for the eID card for Union citizens.
 */
const PERSONALAUSWEIS = {
  text: 'Personalausweis',
  values: ['id', 'pa', 'personalausweis', 'ausweis'],
  texts: ['personalausweis', 'identity card', 'id card', 'national identity card'],
};
const AUFENTHALTSTITEL = {
  text: 'Aufenthaltstitel',
  values: ['ar', 'as', 'af', 'eat', 'aufenthaltstitel'],
  texts: ['aufenthaltstitel', 'elektronischer aufenthaltstitel', 'residence permit'],
};
const EID_KARTE = { text: 'eID-Karte', values: ['ub', 'eid karte'], texts: ['eid karte', 'eid karte fuer unionsbuerger', 'eu eid card'] };
const DOCUMENT_WORDS: Readonly<Record<string, { text: string; values: string[]; texts: string[] }>> = {
  id: PERSONALAUSWEIS,
  personalausweis: PERSONALAUSWEIS,
  ar: AUFENTHALTSTITEL,
  as: AUFENTHALTSTITEL,
  af: AUFENTHALTSTITEL,
  aufenthaltstitel: AUFENTHALTSTITEL,
  ub: EID_KARTE,
};

/**
 * The value for one classified field, in the shape the field takes (docs/ATTRIBUTES.md §5): dates as
 * TT.MM.JJJJ, ISO for `type=date`, or three parts; street and number joined or split; codes or names
 * for country and nationality selects; Anrede and Geschlecht by option value or text. Pure.
 */
export function planFieldValue(kind: FieldKind, field: FieldSnapshot, values: FillValues): PlanResult {
  const a = values.attributes;
  const text = (value: string | undefined): PlanResult =>
    value ? { ok: true, value: { text: value } } : { ok: false, reason: 'no-value' };
  const isChoice = field.tag === 'select' || field.type === 'radio';
  switch (kind) {
    case 'username':
      return text(values.credential?.username);
    case 'password':
      return text(values.credential?.password);
    case 'birthDate':
    case 'validUntil': {
      const stored = a[kind];
      if (!stored) return { ok: false, reason: 'no-value' };
      const formatted =
        field.type === 'date' || /jjjj ?- ?mm ?- ?tt|yyyy ?- ?mm ?- ?dd/i.test(field.placeholder)
          ? formatIsoDate(stored)
          : formatGermanDate(stored);
      return formatted ? text(formatted) : { ok: false, reason: 'partial-date' };
    }
    case 'birthDate.day':
    case 'birthDate.month':
    case 'birthDate.year':
      return datePart(kind, field, a.birthDate);
    case 'streetAndNumber':
      return a.street ? text(joinStreet(a.street, a.houseNumber ?? '')) : { ok: false, reason: 'no-value' };
    case 'fullName': {
      if (!a.givenNames || !a.familyName) return { ok: false, reason: 'no-value' };
      const familyFirst = /^(name|nachname|familienname)\b.*vorname/.test(foldText(field.label));
      return text(familyFirst ? `${a.familyName}, ${a.givenNames}` : `${a.givenNames} ${a.familyName}`);
    }
    case 'country':
    case 'nationality':
    case 'issuingState':
      return countryValue(kind, a[kind] ? values.countries?.[a[kind]] : undefined, { isChoice });
    case 'documentType': {
      // The form's own word ("Personalausweis"), never the card's code; an unknown type is not guessed.
      const key = a.documentType ? foldText(a.documentType) : '';
      const words = key && Object.hasOwn(DOCUMENT_WORDS, key) ? DOCUMENT_WORDS[key] : undefined;
      if (!words) return { ok: false, reason: 'no-value' };
      return isChoice ? { ok: true, value: { option: { values: words.values, texts: words.texts } } } : text(words.text);
    }
    case 'gender':
    case 'salutation': {
      const stored = a[kind];
      const table = kind === 'gender' ? GENDER_WORDS : SALUTATION_WORDS;
      // Own keys only: a stored "toString" is no choice.
      const words = stored && Object.hasOwn(table, stored) ? table[stored] : undefined;
      if (!words) return { ok: false, reason: 'no-value' };
      // Numeric codes differ between forms (1 = männlich in ISO 5218, 1 = weiblich elsewhere): the text decides.
      return isChoice ? { ok: true, value: { option: { ...words, numbersNeedText: true } } } : { ok: false, reason: 'unsupported' };
    }
    default:
      return text(a[kind]);
  }
}

function datePart(
  kind: 'birthDate.day' | 'birthDate.month' | 'birthDate.year',
  field: FieldSnapshot,
  stored: string | undefined,
): PlanResult {
  if (!stored) return { ok: false, reason: 'no-value' };
  const padded = dateParts(stored, { padded: true });
  const plain = dateParts(stored, { padded: false });
  if (!padded || !plain) return { ok: false, reason: 'no-value' };
  const part = kind === 'birthDate.day' ? 'day' : kind === 'birthDate.month' ? 'month' : 'year';
  const value = padded[part];
  if (value === null || plain[part] === null) return { ok: false, reason: 'partial-date' };
  if (field.tag === 'select') {
    const texts = part === 'month' && padded.monthName ? [padded.monthName, value, plain[part]] : [value, plain[part]];
    // Liferay counts months from 0 ("2" = März): a number counts only where the option's text agrees or is a number too.
    return { ok: true, value: { option: { values: [value, plain[part]], texts: texts.map(foldText), numbersNeedText: true } } };
  }
  const short = field.maxLength === 1 || /^[tm]$/i.test(field.placeholder);
  return { ok: true, value: { text: short ? plain[part] : value } };
}

function countryValue(
  kind: 'country' | 'nationality' | 'issuingState',
  forms: CountryForms | undefined,
  field: { isChoice: boolean },
): PlanResult {
  const { isChoice } = field;
  if (!forms?.names[0]) return { ok: false, reason: 'no-value' };
  if (!isChoice) {
    if (kind === 'nationality')
      return forms.adjective ? { ok: true, value: { text: forms.adjective } } : { ok: false, reason: 'unsupported' };
    return { ok: true, value: { text: forms.names[0] } };
  }
  const texts = [...forms.names, ...(forms.adjective && kind === 'nationality' ? [forms.adjective] : [])];
  // Destatis keys and ISO numeric codes overlap: a number needs the option's text to agree (choose-option.ts).
  return { ok: true, value: { option: { values: forms.codes, texts: texts.map(foldText), numbersNeedText: true } } };
}
