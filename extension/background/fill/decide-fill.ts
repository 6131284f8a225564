import type { AttributeId, FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FillPreview } from '../../../shared/protocol/tab-protocol.ts';
import { attributesForKinds } from './attributes-for-kinds.ts';

type PreviewField = FillPreview['fields'][number];

/** What one fill request comes to, before anything is sent to the page. */
export type FillDecision =
  /** Nothing the citizen could fill: not a form, no visible field, or no stored value for any. */
  | { action: 'nothing'; reason: 'not-a-form' | 'no-visible-field' | 'no-stored-value' }
  /** The confirm window decides: a first disclosure, or a section for another person of the household. */
  | { action: 'ask'; reason: 'first-disclosure' | 'household' | 'locked'; fields: PreviewField[] }
  /** Every attribute these kinds need is consented: fill without asking. */
  | { action: 'fill'; kinds: FieldKind[]; approved: ReadonlySet<AttributeId> };

/**
 * The fill decision for one request, from facts alone (docs/SECURITY.md §3.1): the page's preview,
 * which attributes the vault holds (null while locked), the attributes this origin's remembered
 * consent covers, and whether the household has other persons. Only the citizen's own fields can be
 * filled without the window; a remembered consent never covers another person.
 */
export function decideFill(facts: {
  preview: FillPreview;
  /** Attribute ids with a stored value for the citizen; null when the vault is locked. */
  stored: ReadonlySet<AttributeId> | null;
  consented: ReadonlySet<AttributeId>;
  hasPersons: boolean;
}): FillDecision {
  if (facts.preview.page !== 'form') return { action: 'nothing', reason: 'not-a-form' };
  // Login fields belong to the sign-in; only what was proven visible counts.
  const fields = facts.preview.fields.filter((f) => f.visible && f.kind !== 'username' && f.kind !== 'password');
  if (fields.length === 0) return { action: 'nothing', reason: 'no-visible-field' };
  // Locked: the window asks for the passphrase first, then shows what would be sent.
  if (facts.stored === null) return { action: 'ask', reason: 'locked', fields };
  // Which child gets which section is the citizen's choice, every time.
  if (facts.hasPersons && fields.some((f) => f.subject !== 'self')) return { action: 'ask', reason: 'household', fields };
  const kinds = [...new Set(fields.filter((f) => f.subject === 'self').map((f) => f.kind))];
  const stored = facts.stored;
  const wanted = attributesForKinds(kinds).filter((id) => stored.has(id));
  if (wanted.length === 0) return { action: 'nothing', reason: 'no-stored-value' };
  if (!wanted.every((id) => facts.consented.has(id))) return { action: 'ask', reason: 'first-disclosure', fields };
  return { action: 'fill', kinds, approved: facts.consented };
}
