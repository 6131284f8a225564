import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';

/** Why a field that looks like personal data gets no kind. */
export type NoneReason = 'no-signal' | 'other-person' | 'negative-form' | 'not-a-login-field' | 'page-none' | 'never-fill';

/** One field's classification: a kind of docs/ATTRIBUTES.md, or none with a reason. */
export interface FieldClassification {
  readonly index: number;
  readonly kind: FieldKind | null;
  readonly confidence: number;
  readonly reason?: NoneReason;
}

export type PageKind = 'login' | 'form' | 'none';

export interface PageClassification {
  readonly kind: PageKind;
  /** Why: the signals that decided the page kind (for extension/content/DETECTION.md and debugging). */
  readonly because: readonly string[];
  readonly fields: readonly FieldClassification[];
}
