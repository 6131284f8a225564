import * as v from 'valibot';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import { PortalIdSchema } from './consent.ts';

export const AUDIT_KINDS = ['fill', 'sign-in', 'eid', 'eid-read', 'consent'] as const;
/** `withdrawn`: values a fill wrote were cleared again because the field became invisible or its form unsafe. */
export const AUDIT_OUTCOMES = ['disclosed', 'denied', 'cancelled', 'failed', 'revoked', 'withdrawn'] as const;

/** One disclosure ("Datenzugriff"): which attribute ids went where, never the values. */
export const AuditEntrySchema = v.strictObject({
  time: v.pipe(v.number(), v.integer(), v.minValue(0)),
  portalId: PortalIdSchema,
  origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/[^/?#@\s]+$/)),
  attributeIds: v.pipe(v.array(v.picklist(ATTRIBUTE_IDS)), v.maxLength(ATTRIBUTE_IDS.length)),
  kind: v.picklist(AUDIT_KINDS),
  outcome: v.picklist(AUDIT_OUTCOMES),
  /**
   * Whose data besides the citizen's went into the page, by role and first name ("Kind: Mia"): the
   * citizen must be able to see which child's data a portal got. Never any other value.
   */
  persons: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(12))),
});
export type AuditEntry = v.InferOutput<typeof AuditEntrySchema>;

/** An entry as lists show it, with its position in the chained log. */
export type ListedAuditEntry = AuditEntry & { seq: number };
