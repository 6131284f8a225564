import type { AttributeId } from '../../../shared/vocabulary/attribute-ids.ts';
import type { CountryForms } from '../../../shared/vocabulary/country-forms.ts';

/** What a fill may use: stored attribute values (stored forms) and, for sign-in, one credential. */
export interface FillValues {
  readonly attributes: Partial<Record<AttributeId, string>>;
  readonly credential?: { readonly username: string; readonly password: string };
  /** How each stored country may be written, keyed by alpha-2 (sent by the background with the fill). */
  readonly countries?: Readonly<Record<string, CountryForms>>;
}

/** The value a field should get: text, or an option to pick (select index or radio index in its group). */
export type PlannedValue =
  { text: string } | { option: { values: readonly string[]; texts: readonly string[]; numbersNeedText?: boolean } } | { checked: boolean };

export type PlanResult = { ok: true; value: PlannedValue } | { ok: false; reason: 'no-value' | 'partial-date' | 'unsupported' };
