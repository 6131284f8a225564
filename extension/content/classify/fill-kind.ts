import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldClassification } from './field-result.ts';

/** The kind the fill may write into this field, or null: the one question every fill path asks. */
export function fillKind(field: FieldClassification): FieldKind | null {
  return field.kind && field.reason === undefined ? field.kind : null;
}
