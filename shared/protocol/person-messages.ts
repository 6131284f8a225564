import * as v from 'valibot';
import { MAX_PERSONS, PERSON_ROLES, PersonIdSchema, PersonSchema } from '../domain/person.ts';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import { MAX_ATTRIBUTE_VALUE_CHARS } from '../vocabulary/attribute-limits.ts';
import { MAX_FILL_SECTIONS } from './tab-protocol.ts';

/** A person as the extension pages list them: the record and the name their values give ("Mia Mustermann"). */
export const PersonViewSchema = v.strictObject({
  ...PersonSchema.entries,
  name: v.pipe(v.string(), v.maxLength(2 * MAX_ATTRIBUTE_VALUE_CHARS + 1)),
});
/** The household besides the citizen, in the order they were added. */
export const PersonListSchema = v.strictObject({ persons: v.pipe(v.array(PersonViewSchema), v.maxLength(MAX_PERSONS)) });
/** A new person: a role and the first name every list shows them by. */
export const PersonAddRequestSchema = v.strictObject({
  role: v.picklist(PERSON_ROLES),
  givenNames: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ATTRIBUTE_VALUE_CHARS)),
});
export const PersonRefSchema = v.strictObject({ personId: PersonIdSchema });
/** Whose values an attribute request is about; absent: the citizen's own. */
export const PersonOptionSchema = v.optional(PersonIdSchema);

/** A section id: `child|2` is the second child's section of the form. */
export const SectionIdSchema = v.pipe(v.string(), v.regex(/^(?:partner|child|other)\|[1-9]\d?$/));

/** One other person's section as the confirm window shows it: what it asks, and who may fill it. */
export const PendingSectionSchema = v.strictObject({
  section: SectionIdSchema,
  subject: v.picklist(PERSON_ROLES),
  group: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
  fields: v.pipe(
    v.array(v.strictObject({ attributeId: v.picklist(ATTRIBUTE_IDS), fieldLabel: v.pipe(v.string(), v.maxLength(120)) })),
    v.maxLength(ATTRIBUTE_IDS.length),
  ),
  /** Every person of the household, those of the section's role first; the citizen never. */
  candidates: v.pipe(
    v.array(
      v.strictObject({
        personId: PersonIdSchema,
        role: v.picklist(PERSON_ROLES),
        name: v.pipe(v.string(), v.maxLength(2 * MAX_ATTRIBUTE_VALUE_CHARS + 1)),
        /** The values this section would get from that person. */
        values: v.pipe(
          v.array(
            v.strictObject({ attributeId: v.picklist(ATTRIBUTE_IDS), value: v.pipe(v.string(), v.maxLength(MAX_ATTRIBUTE_VALUE_CHARS)) }),
          ),
          v.maxLength(ATTRIBUTE_IDS.length),
        ),
      }),
    ),
    v.maxLength(MAX_PERSONS),
  ),
  /** Who fills it unless the citizen chooses otherwise; null: nobody, the section stays empty. */
  chosen: v.nullable(PersonIdSchema),
});

/** The citizen's choice per section; a section left out stays empty. */
export const SectionChoicesSchema = v.optional(
  v.pipe(v.array(v.strictObject({ section: SectionIdSchema, personId: v.nullable(PersonIdSchema) })), v.maxLength(MAX_FILL_SECTIONS)),
);
