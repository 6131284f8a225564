import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldClassification, Subject } from './field-result.ts';

/** The kind the fill may write into this field with the citizen's own values, or null: fillSlot's `self` slots. */
export function fillKind(field: FieldClassification): FieldKind | null {
  const slot = fillSlot(field);
  return slot?.subject === 'self' ? slot.kind : null;
}

/** Whose values a field may take: a section of the form, the citizen's being `self` 1. */
export interface FillSlot {
  readonly kind: FieldKind;
  readonly subject: Subject;
  readonly group: number;
}

/**
 * The kind and the person's section a fill may write into this field, or null: the citizen's own
 * fields, and another person's that pass every other rule (classify-page.ts reports "other-person"
 * only then). Such a field is filled only with the values of the person the citizen chose for its
 * section, never with the citizen's.
 */
export function fillSlot(field: FieldClassification): FillSlot | null {
  if (!field.kind || field.subject === null) return null;
  if (field.reason === undefined) return { kind: field.kind, subject: 'self', group: 1 };
  if (field.reason === 'other-person' && field.subject !== 'self')
    return { kind: field.kind, subject: field.subject, group: field.group ?? 1 };
  return null;
}
