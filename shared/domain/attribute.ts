import * as v from 'valibot';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import { MAX_ATTRIBUTE_VALUE_CHARS } from '../vocabulary/attribute-limits.ts';
import { PersonIdSchema } from './person.ts';
import { TRUST_LEVELS } from './trust-level.ts';

/** Where a value came from: typed by the citizen, read from the ID card, or imported. */
export const ATTRIBUTE_SOURCES = ['user', 'eid', 'import'] as const;
export type AttributeSource = (typeof ATTRIBUTE_SOURCES)[number];

/** Longest provider name (the attribute provider of an eID read). */
export const MAX_PROVIDER_CHARS = 200;

const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const Value = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ATTRIBUTE_VALUE_CHARS));

/** One stored attribute (docs/ARCHITECTURE.md data model). Card values (`eid`) are read-only. */
export const StoredAttributeSchema = v.strictObject({
  attributeId: v.picklist(ATTRIBUTE_IDS),
  /** Whose value: absent for the citizen (every vault before households had only the citizen's). */
  personId: v.optional(PersonIdSchema),
  value: Value,
  trust: v.picklist(TRUST_LEVELS),
  source: v.picklist(ATTRIBUTE_SOURCES),
  provider: v.optional(v.pipe(v.string(), v.maxLength(MAX_PROVIDER_CHARS))),
  /** The value exactly as the card delivered it, before normalisation. */
  raw: v.optional(v.pipe(v.string(), v.maxLength(MAX_ATTRIBUTE_VALUE_CHARS))),
  needsReview: v.optional(v.boolean()),
  readAt: v.optional(Timestamp),
  updatedAt: Timestamp,
});
export type StoredAttribute = v.InferOutput<typeof StoredAttributeSchema>;

/** A replaced value, kept so the citizen can see what changed. */
export const AttributeHistoryEntrySchema = v.strictObject({
  ...StoredAttributeSchema.entries,
  replacedAt: Timestamp,
});
export type AttributeHistoryEntry = v.InferOutput<typeof AttributeHistoryEntrySchema>;
