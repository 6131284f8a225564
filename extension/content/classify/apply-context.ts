import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldClassification } from './field-result.ts';
import { foldText, nameTokens } from './fold-text.ts';
import { optionsSignal } from './signals/options-signal.ts';
import type { FieldOwner } from './find-owner.ts';
import type { LexiconKind } from './kind-lexicon.ts';
import type { FieldScore } from './score-field.ts';

const BIRTH_CONTEXT = /geburt|birth|\bgeb\b|bday|dob/;

/** Kinds that stay what they are in a section about a thing: a company account's login is still a login. */
const NOT_PERSONAL = new Set<string>(['username', 'password']);

/** A field's kind after its neighbours were read, before page rules; `reason` only when the kind is null. */
export interface ContextResult extends Pick<FieldClassification, 'index' | 'kind' | 'confidence' | 'reason'> {
  /** A known kind that is never filled (a new or repeated password). */
  readonly neverFill?: true;
}

/** A date a document or card runs out, in words that on their own mostly mean a payment card's. */
const EXPIRY = /^(expiry|expiration|ablauf) ?(date|datum)?$|^(date of )?(expiry|expiration)$|^(expires|valid until|gueltig bis)$/;
/** A section about the citizen's identity document, and about no card. */
const DOCUMENT_CONTEXT =
  /^(?!.*(karte|card|kredit|zahlung|payment|billing))(?=.*\b(passport|travel document|identity document|id document|identity card|reisepass|reisedokument|ausweisdokument|personalausweis|pass|ausweis|identitaetsdokument)\b)/;

/** "Name des/der/of …": a person's name only when a person is named ("Name der Vermieterin"), not "Name der Straße". */
const QUALIFIED_NAME = /^name (des|der|von|of) /;

/**
 * Neighbour rules (docs/ATTRIBUTES.md §7.3): "Name" next to a "Vorname" of the same person is the
 * family name and otherwise the full name; Tag/Monat/Jahr count as birth-date parts only in a
 * birth-date context; a street field with no house-number field beside it takes "street and number";
 * a field about a thing (a dog, a company, an authority) gets nothing. Another person's fields keep
 * their kind: whose they are is the owner's business, decided by the fill.
 */
export function applyContext(
  fields: readonly FieldSnapshot[],
  scores: readonly FieldScore[],
  owners: readonly FieldOwner[],
): ContextResult[] {
  const kinds: (LexiconKind | null)[] = scores.map((s) => s.kind);
  /** Confidence a field takes from a neighbour that named it (the unlabelled half of "PLZ / Ort"). */
  const lent = new Map<number, number>();
  const sameGroup = (a: FieldSnapshot, b: FieldSnapshot): boolean => a.form === b.form && a.frame === b.frame;
  // Only the window around the field: a 5,000-field page costs no more per field than a short one.
  const near = (i: number, kind: LexiconKind, distance: number): boolean => {
    for (let j = Math.max(0, i - distance); j <= Math.min(kinds.length - 1, i + distance); j++) {
      if (kinds[j] === kind && sameGroup(fields[i] as FieldSnapshot, fields[j] as FieldSnapshot)) return true;
    }
    return false;
  };

  // Split dates: "Geburtsdatum" on the first of three short fields (TT / MM / JJJJ) names the group.
  fields.forEach((field, i) => {
    if (kinds[i] !== 'birthDate' || !isShortPart(field, 2)) return;
    const [month, year] = [fields[i + 1], fields[i + 2]];
    if (
      month &&
      year &&
      sameGroup(field, month) &&
      sameGroup(field, year) &&
      isShortPart(month, 2) &&
      isShortPart(year, 4) &&
      !strong(scores[i + 1]) &&
      !strong(scores[i + 2])
    ) {
      // Day, month, year as German forms order them, unless the parts say otherwise themselves (an American
      // month-day-year row of selects: twelve month names, then 1–31).
      const own = [field, month, year].map((f) => ownDatePart(f));
      const [a, b, c] =
        new Set(own).size === 3 && own.every((p) => p !== null) ? own : (['birthDate.day', 'birthDate.month', 'birthDate.year'] as const);
      kinds[i] = a ?? null;
      kinds[i + 1] = b ?? null;
      kinds[i + 2] = c ?? null;
    }
  });

  // "Number" right after a street field is its house number; anywhere else it says nothing.
  fields.forEach((field, i) => {
    if (kinds[i] !== 'numberAfterStreet') return;
    const previous = fields[i - 1];
    kinds[i] =
      previous && sameGroup(field, previous) && (kinds[i - 1] === 'street' || kinds[i - 1] === 'streetAndNumber') ? 'houseNumber' : null;
  });

  // "PLZ / Ort" over two fields (the second unlabelled): postal code, then city. One field for both
  // cannot be filled correctly and gets nothing.
  fields.forEach((field, i) => {
    if (kinds[i] !== 'postalCodeAndCity') return;
    const next = fields[i + 1];
    // The second box has no label of its own, or only a hint inside it ("Ort"), or repeats the pair's label.
    const unlabelled =
      next &&
      (next.labelSource === 'none' ||
        next.label === '' ||
        kinds[i + 1] === 'postalCodeAndCity' ||
        ((next.labelSource === 'placeholder' || next.labelSource === 'title') && (kinds[i + 1] === null || kinds[i + 1] === 'city')));
    const pair = next && unlabelled && sameGroup(field, next) && next.tag === 'input';
    kinds[i] = pair ? 'postalCode' : 'none';
    if (pair) {
      kinds[i + 1] = 'city';
      lent.set(i + 1, (scores[i] as FieldScore).confidence);
    }
  });

  // A bare "Adresse" or "Anschrift" over one line says too little alone: it may be the whole address in one
  // box, which cannot be filled correctly. With the postcode or the city in boxes of their own right after
  // it, in its section (Drupal's and WordPress's address blocks), it is the street and number.
  fields.forEach((field, i) => {
    if (kinds[i] !== null || scores[i]?.labelKind !== 'streetAndNumber' || field.tag !== 'input') return;
    const after = [i + 1, i + 2, i + 3].filter((j) => {
      const other = fields[j];
      return other && sameGroup(field, other) && other.legend === field.legend && other.heading === field.heading;
    });
    const kindsAfter = after.map((j) => kinds[j]);
    if (kindsAfter.some((k) => k === 'street' || k === 'streetAndNumber' || k === 'houseNumber')) return;
    if (!kindsAfter.some((k) => k === 'postalCode' || k === 'city')) return;
    kinds[i] = 'streetAndNumber';
    lent.set(i, 0.6);
  });

  // "Straße / Hausnummer" over two boxes (a table row's one label for both, or a second box without a
  // label): street, then house number. Writing "Heidestraße 17" into both would be wrong twice. Two boxes
  // in different columns or sections are two persons' addresses (a "Vater | Mutter" table), not a pair.
  fields.forEach((field, i) => {
    const next = fields[i + 1];
    if (kinds[i] !== 'streetAndNumber' || !next || next.tag !== 'input' || !sameGroup(field, next)) return;
    if (next.column !== field.column || next.legend !== field.legend || next.heading !== field.heading) return;
    const sameLabel = kinds[i + 1] === 'streetAndNumber' && next.label === field.label;
    const unlabelled = (next.labelSource === 'none' || next.label === '') && (kinds[i + 1] === null || kinds[i + 1] === 'houseNumber');
    if (!sameLabel && !unlabelled) return;
    kinds[i] = 'street';
    kinds[i + 1] = 'houseNumber';
    lent.set(i + 1, (scores[i] as FieldScore).confidence);
  });

  // Same owner, same number and the same section: two unnumbered persons of one kind are told apart by their sections.
  const samePerson = (i: number, j: number): boolean => {
    const [a, b] = [owners[i] as FieldOwner, owners[j] as FieldOwner];
    const [f, g] = [fields[i] as FieldSnapshot, fields[j] as FieldSnapshot];
    // One column of a comparison table is one person; so is one row of a table of persons.
    const samePlace = f.column === g.column || (f.row !== '' && f.row === g.row);
    return a.owner === b.owner && a.number === b.number && f.legend === g.legend && f.heading === g.heading && samePlace;
  };
  const results = fields.map((field, i): ContextResult => {
    let kind = kinds[i] ?? null;
    const score = scores[i] as FieldScore;
    if (kind === 'none' && EXPIRY.test(foldText(field.label)) && DOCUMENT_CONTEXT.test(foldText(`${field.heading} ${field.legend}`))) {
      // "Expiry date" under "Your travel document" is the document's, not a payment card's.
      return { index: field.index, kind: 'validUntil', confidence: 0.8 };
    }
    if (kind === null || kind === 'none')
      return {
        index: field.index,
        kind: null,
        confidence: kind === 'none' ? score.confidence : 0,
        reason: kind === 'none' ? 'never-fill' : 'no-signal',
      };
    if (kind === 'newPassword') return { index: field.index, kind: 'password', confidence: score.confidence, neverFill: true };
    if (kind === 'name' && score.labelKind === 'name' && QUALIFIED_NAME.test(foldText(field.label)) && owners[i]?.from !== 'label') {
      return { index: field.index, kind: null, confidence: score.confidence, reason: 'not-a-person' };
    }
    if (kind === 'birthDate') kind = ownDatePart(field) ?? kind;
    // A bare "Name" with a `familyName` behind it (Berlin's appointment booking names its one name box so) is
    // still the whole name where the form asks for no given name: the citizen reads the label, not the markup.
    if (kind === 'name' || (kind === 'familyName' && score.labelKind === 'name'))
      kind = fields.some((other, j) => kinds[j] === 'givenNames' && sameGroup(field, other) && samePerson(i, j))
        ? 'familyName'
        : 'fullName';
    if (kind.startsWith('datePart.')) {
      const context = foldText(`${field.legend} ${field.label} ${field.name} ${field.id} ${labelOfPrevious(fields, i)}`);
      if (!BIRTH_CONTEXT.test(context)) return { index: field.index, kind: null, confidence: 0, reason: 'no-signal' };
      kind = kind.replace('datePart', 'birthDate') as LexiconKind;
    }
    if (kind === 'street' && !near(i, 'houseNumber', 3)) kind = 'streetAndNumber';
    if (kind === 'streetAndNumber' && score.labelKind !== 'streetAndNumber' && near(i, 'houseNumber', 2)) kind = 'street';
    if (owners[i]?.owner === 'thing' && !NOT_PERSONAL.has(kind))
      return { index: field.index, kind: null, confidence: score.confidence, reason: 'not-a-person' };
    return { index: field.index, kind: kind as FieldKind, confidence: Math.max(score.confidence, lent.get(i) ?? 0) };
  });
  return results;
}

function strong(score: FieldScore | undefined): boolean {
  return !!score && score.kind !== null && !score.kind.startsWith('datePart.') && score.weight >= 0.8;
}

function isShortPart(field: FieldSnapshot, digits: number): boolean {
  if (field.tag === 'select') return field.options.length >= 10;
  return (field.maxLength !== null && field.maxLength <= digits) || /^(tt|mm|jjjj|jj|dd|yyyy)$/i.test(field.placeholder.trim());
}

function labelOfPrevious(fields: readonly FieldSnapshot[], i: number): string {
  const previous = fields[i - 1];
  const beforeThat = fields[i - 2];
  return `${previous?.label ?? ''} ${beforeThat?.label ?? ''}`;
}

const PART_WORDS: Readonly<Record<string, LexiconKind>> = {
  tt: 'birthDate.day',
  dd: 'birthDate.day',
  tag: 'birthDate.day',
  day: 'birthDate.day',
  mm: 'birthDate.month',
  monat: 'birthDate.month',
  month: 'birthDate.month',
  jjjj: 'birthDate.year',
  yyyy: 'birthDate.year',
  jahr: 'birthDate.year',
  year: 'birthDate.year',
  jj: 'birthDate.year',
  yy: 'birthDate.year',
};

/**
 * A field labelled "Geburtsdatum" that is itself one part of a split date: its placeholder, the last
 * token of its name, or its options (1–31, months, years) say which. Without such a sign it is the whole date.
 */
function ownDatePart(field: FieldSnapshot): LexiconKind | null {
  const placeholder = foldText(field.placeholder);
  if (Object.hasOwn(PART_WORDS, placeholder)) return PART_WORDS[placeholder] as LexiconKind;
  const last = nameTokens(field.name || field.id).at(-1) ?? '';
  if (Object.hasOwn(PART_WORDS, last)) return PART_WORDS[last] as LexiconKind;
  if (field.tag === 'select') {
    const part = optionsSignal(field.options)[0]?.kind;
    if (part?.startsWith('datePart.')) return part.replace('datePart', 'birthDate') as LexiconKind;
  }
  return null;
}
