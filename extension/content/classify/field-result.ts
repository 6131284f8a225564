import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { Subject } from './subject-lexicon.ts';

export type { Subject } from './subject-lexicon.ts';

/** Why a field has no kind: nothing says what it is, it must never be filled, or it is about a thing. */
export type NoneReason = 'no-signal' | 'never-fill' | 'not-a-person' | 'negative-form';

/**
 * Why the fill leaves a field alone although its kind is known: a new or repeated password, another person's data, a newsletter,
 * a field that does not belong to this kind of page, a page that is no form, or evidence too weak.
 */
export type WithheldReason = 'never-fill' | 'other-person' | 'negative-form' | 'not-a-login-field' | 'page-none' | 'low-confidence';

/**
 * One field's classification: what it asks for (`kind`, regardless of whose data), whose data
 * (`subject`) in which repeated section (`group`), and `reason` when the fill leaves it alone.
 */
export interface FieldClassification {
  readonly index: number;
  readonly kind: FieldKind | null;
  readonly confidence: number;
  /** null exactly when `kind` is null. */
  readonly subject: Subject | null;
  /** 1-based per subject (child 1, child 2); null when `subject` is null. */
  readonly group: number | null;
  /** Absent exactly when the fill may write this field (with consent, and only the applicant's own). */
  readonly reason?: NoneReason | WithheldReason;
}

export type PageKind = 'login' | 'form' | 'none';

export interface PageClassification {
  readonly kind: PageKind;
  /** Why: the signals that decided the page kind (for extension/content/DETECTION.md and debugging). */
  readonly because: readonly string[];
  readonly fields: readonly FieldClassification[];
}
