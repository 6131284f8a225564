import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import { foldText, nameTokens } from './fold-text.ts';
import { roleIn, sectionNumber, sectionOwner, type Owner } from './subject-lexicon.ts';

/** Whose data a field asks for, where that was read, and the section's own number ("Kind 2"), if any. */
export interface FieldOwner {
  readonly owner: Owner;
  /** `default`: nothing named an owner, so the field is the applicant's own. */
  readonly from: 'label' | 'name' | 'row' | 'legend' | 'column' | 'heading' | 'default';
  readonly number: number | null;
  /** The section the field stands in (the text that named the owner, else its column, legend or heading). */
  readonly section: string;
}

/**
 * Role tokens of `name`/`id` attributes (`kind_vorname`, `spouseFirstName`, `companyName`,
 * `weiterePersonen#vorname`). Fewer words than in labels: English `kind` means "type" in code, so the
 * German `kind` counts only beside a German field word.
 */
const NAME_ROLES: Readonly<Record<string, Owner>> = {
  kinder: 'child',
  kindes: 'child',
  child: 'child',
  children: 'child',
  sohn: 'child',
  tochter: 'child',
  ehegatte: 'partner',
  ehegattin: 'partner',
  ehepartner: 'partner',
  ehepartnerin: 'partner',
  lebenspartner: 'partner',
  partner: 'partner',
  spouse: 'partner',
  vermieter: 'other',
  landlord: 'other',
  mutter: 'other',
  vater: 'other',
  mother: 'other',
  father: 'other',
  guardian: 'other',
  vertreter: 'other',
  bevollmaechtigter: 'other',
  bevollmaechtigte: 'other',
  haushaltsmitglied: 'other',
  weiterepersonen: 'other',
  weitereperson: 'other',
  mitbewohner: 'other',
  antragsteller: 'self',
  antragstellerin: 'self',
  applicant: 'self',
  firma: 'thing',
  company: 'thing',
  unternehmen: 'thing',
  arbeitgeber: 'thing',
  employer: 'thing',
  hund: 'thing',
  dog: 'thing',
  pet: 'thing',
  behoerde: 'thing',
  betrieb: 'thing',
  organisation: 'thing',
  organization: 'thing',
  fahrzeug: 'thing',
  vehicle: 'thing',
  schule: 'thing',
  school: 'thing',
  kita: 'thing',
};
const GERMAN_FIELD_TOKEN =
  /^(vorname|vornamen|nachname|familienname|name|geburtsdatum|geburtsort|geschlecht|anrede|geburtsname|staatsangehoerigkeit|strasse|hausnummer|plz|ort|wohnort|telefon|steuerid|idnr)$/;

/**
 * The owner of one field, nearest evidence first: a role in its own label ("Vorname des Kindes"),
 * in its name (`ehegatte.vorname`), in its table row ("Antragsteller/in"), then the section it
 * stands in (table column header, fieldset legend, nearest heading), where the title must be about
 * the owner ("Angaben zum Kind", not "Anmeldung für Ihr Kind"). Nothing named: the applicant's own.
 */
export function findOwner(field: FieldSnapshot): FieldOwner {
  // "Name, Vorname bzw. Firma": a company offered as an alternative does not make the field a company's.
  const label = foldText(labelText(field)).replace(/\b(bzw|oder|or|und|name) (firma|unternehmen|company)\b/g, 'name');
  const fromLabel = roleIn(label);
  if (fromLabel) return { owner: fromLabel, from: 'label', number: sectionNumber(label.replace(/^\d+\s+/, '')), section: sectionOf(field) };
  const fromName = nameRole(field.name) ?? nameRole(field.id);
  // `mutter_vorname` under "Angaben zur antragstellenden Person": on an Elterngeld form the applicant is
  // often the mother; a section title naming the applicant outranks a parent word in a name.
  if (fromName && !(fromName.parent && applicantSection(field)))
    return { owner: fromName.owner, number: fromName.number, from: 'name', section: sectionOf(field) };
  // A table of persons, one per row: the row's own cell says who ("Antragsteller/in", "Ehegatte").
  const row = foldText(field.row);
  const fromRow = row ? roleIn(row) : null;
  if (fromRow) return { owner: fromRow, from: 'row', number: sectionNumber(row), section: sectionOf(field) };
  for (const [from, text] of [
    ['column', field.column],
    ['legend', field.legend],
    ['heading', field.heading],
  ] as const) {
    const folded = foldText(text);
    const owner = sectionOwner(folded);
    // In a table of persons the row's number counts the person ("2", "3" under "Haushaltsmitglieder").
    if (owner) return { owner, from, number: sectionNumber(folded) ?? rowNumber(row), section: folded };
  }
  return { owner: 'self', from: 'default', number: null, section: '' };
}

/** A row whose only text is its number ("2"); a numbered line ("07 Straße") counts no person. */
function rowNumber(row: string): number | null {
  const match = /^(\d{1,2})$/.exec(row);
  return match ? Number(match[1]) : null;
}

function labelText(field: FieldSnapshot): string {
  // A radio group's own label is its option; the group's question is in the legend (read as a section).
  return field.type === 'radio' || field.type === 'checkbox' ? '' : field.label;
}

const PARENT_TOKENS = new Set(['mutter', 'vater', 'mother', 'father']);

function nameRole(raw: string): { owner: Owner; number: number | null; parent: boolean } | null {
  if (!raw) return null;
  if (raw.includes('#')) return { owner: 'other', number: arrayIndex(raw), parent: false };
  const tokens = nameTokens(raw);
  for (const token of tokens) {
    const owner = Object.hasOwn(NAME_ROLES, token)
      ? NAME_ROLES[token]
      : token === 'kind' && (tokens.some((t) => GERMAN_FIELD_TOKEN.test(t)) || /kind(er)?[[_.-]?\d/i.test(raw))
        ? 'child'
        : undefined;
    if (owner) return { owner, number: arrayIndex(raw), parent: PARENT_TOKENS.has(token) };
  }
  return null;
}

/** Whether the field's legend or heading is the applicant's section ("Angaben zur antragstellenden Person"). */
function applicantSection(field: FieldSnapshot): boolean {
  return [field.legend, field.heading].some((text) => sectionOwner(foldText(text)) === 'self');
}

/** `kinder[1].vorname`, `kind_2_name`, `child2FirstName`: the first number in the name. Arrays start at 0 or 1; groups only compare them. */
function arrayIndex(raw: string): number | null {
  const match = /(\d{1,2})/.exec(raw);
  return match ? Number(match[1]) : null;
}

function sectionOf(field: FieldSnapshot): string {
  return foldText(field.column || field.legend || field.heading);
}
