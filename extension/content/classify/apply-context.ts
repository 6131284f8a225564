import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldClassification } from './field-result.ts';
import { foldText } from './fold-text.ts';
import { OTHER_PERSON, type LexiconKind } from './kind-lexicon.ts';
import type { FieldScore } from './score-field.ts';

const BIRTH_CONTEXT = /geburt|birth|\bgeb\b|bday|dob/;

/**
 * Neighbour rules (docs/ATTRIBUTES.md §7.3): "Name" next to "Vorname" is the family name and alone the
 * full name; Tag/Monat/Jahr count as birth-date parts only in a birth-date context; a street field
 * with no house-number field beside it takes "street and number"; fields in another person's
 * section, or in `#`-indexed arrays of further persons, get nothing.
 */
export function applyContext(fields: readonly FieldSnapshot[], scores: readonly FieldScore[]): FieldClassification[] {
  const kinds: (LexiconKind | null)[] = scores.map((s) => s.kind);
  /** Confidence a field takes from a neighbour that named it (the unlabelled half of "PLZ / Ort"). */
  const lent = new Map<number, number>();
  const sameGroup = (a: FieldSnapshot, b: FieldSnapshot): boolean => a.form === b.form && a.frame === b.frame;
  const near = (i: number, kind: LexiconKind, distance: number): boolean =>
    kinds.some((k, j) => k === kind && Math.abs(j - i) <= distance && sameGroup(fields[i] as FieldSnapshot, fields[j] as FieldSnapshot));

  // Split dates: "Geburtsdatum" on the first of three short fields (TT / MM / JJJJ) names the group.
  fields.forEach((field, i) => {
    if (kinds[i] !== 'birthDate' || !isShortPart(field, 2)) return;
    const [month, year] = [fields[i + 1], fields[i + 2]];
    if (month && year && sameGroup(field, month) && sameGroup(field, year) && isShortPart(month, 2) && isShortPart(year, 4) && !strong(scores[i + 1]) && !strong(scores[i + 2])) {
      kinds[i] = 'birthDate.day';
      kinds[i + 1] = 'birthDate.month';
      kinds[i + 2] = 'birthDate.year';
    }
  });

  // "PLZ / Ort" over two fields (the second unlabelled): postal code, then city. One field for both
  // cannot be filled correctly and gets nothing.
  fields.forEach((field, i) => {
    if (kinds[i] !== 'postalCodeAndCity') return;
    const next = fields[i + 1];
    const pair = next && sameGroup(field, next) && (next.labelSource === 'none' || next.label === '') && next.tag === 'input';
    kinds[i] = pair ? 'postalCode' : 'none';
    if (pair) {
      kinds[i + 1] = 'city';
      lent.set(i + 1, (scores[i] as FieldScore).confidence);
    }
  });

  const results = fields.map((field, i): FieldClassification => {
    let kind = kinds[i] ?? null;
    const score = scores[i] as FieldScore;
    if (kind === null || kind === 'none') return { index: field.index, kind: null, confidence: kind === 'none' ? score.confidence : 0, reason: kind === 'none' ? 'never-fill' : 'no-signal' };
    if (kind === 'name') kind = fields.some((other, j) => kinds[j] === 'givenNames' && sameGroup(field, other)) ? 'familyName' : 'fullName';
    if (kind.startsWith('datePart.')) {
      const context = foldText(`${field.legend} ${field.label} ${field.name} ${field.id} ${labelOfPrevious(fields, i)}`);
      if (!BIRTH_CONTEXT.test(context)) return { index: field.index, kind: null, confidence: 0, reason: 'no-signal' };
      kind = kind.replace('datePart', 'birthDate') as LexiconKind;
    }
    if (kind === 'street' && !near(i, 'houseNumber', 3)) kind = 'streetAndNumber';
    if (kind === 'streetAndNumber' && score.labelKind !== 'streetAndNumber' && near(i, 'houseNumber', 2)) kind = 'street';
    if (isOtherPerson(field)) return { index: field.index, kind: null, confidence: score.confidence, reason: 'other-person' };
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

function isOtherPerson(field: FieldSnapshot): boolean {
  if (field.name.includes('#')) return true;
  return OTHER_PERSON.test(foldText(field.legend)) || OTHER_PERSON.test(foldText(field.heading));
}
