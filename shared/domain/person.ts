import * as v from 'valibot';

/**
 * Whom a stored value belongs to. The citizen is `self` and needs no record; every other person of
 * the household has a role (docs/ATTRIBUTES.md §9). The roles are the subjects recognition reports
 * for a form's sections (extension/content/DETECTION.md), so a section finds its person by role.
 */
export const PERSON_ROLES = ['partner', 'child', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** The citizen's own id: stored attributes without a person are the citizen's. */
export const SELF = 'self';

/** Most persons besides the citizen a vault holds: a large household, and a bound on every list. */
export const MAX_PERSONS = 12;

/** `p-` and a UUID: made by the vault, never by a page. */
export const PersonIdSchema = v.pipe(v.string(), v.regex(/^p-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

export const PersonSchema = v.strictObject({
  personId: PersonIdSchema,
  role: v.picklist(PERSON_ROLES),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Person = v.InferOutput<typeof PersonSchema>;

/** A person as lists name them: "Kind 1", "Partner/in", "Haushaltsmitglied 2" and the first name. */
export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, { de: string; en: string }>> = {
  partner: { de: 'Partner/in', en: 'Partner' },
  child: { de: 'Kind', en: 'Child' },
  other: { de: 'Haushaltsmitglied', en: 'Household member' },
};
