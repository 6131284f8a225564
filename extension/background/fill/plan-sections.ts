import type { Person, PersonRole } from '../../../shared/domain/person.ts';
import { MAX_FILL_SECTIONS, type FillPreview } from '../../../shared/protocol/tab-protocol.ts';
import type { AttributeId, FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { ATTRIBUTE_IDS } from '../../../shared/vocabulary/attribute-ids.ts';
import { valuesForFill } from './values-for-fill.ts';

/** Another person's section of a form, as the preview reported it: whose (subject), which one (group), what it asks. */
export interface FormSection {
  readonly subject: PersonRole;
  readonly group: number;
  readonly kinds: readonly FieldKind[];
  /** A field label per kind, for the confirm window. */
  readonly labels: Readonly<Record<string, string>>;
}

const SUBJECT_ORDER: readonly PersonRole[] = ['partner', 'child', 'other'];

/** The sections of other persons among a page's visible fields, in a stable order (partner, children, others). */
export function sectionsOf(fields: FillPreview['fields']): FormSection[] {
  const byKey = new Map<string, { subject: PersonRole; group: number; kinds: Set<FieldKind>; labels: Record<string, string> }>();
  for (const field of fields) {
    if (field.subject === 'self') continue;
    const key = `${field.subject}|${field.group}`;
    const section = byKey.get(key) ?? { subject: field.subject, group: field.group, kinds: new Set<FieldKind>(), labels: {} };
    section.kinds.add(field.kind);
    section.labels[field.kind] ??= field.label;
    byKey.set(key, section);
  }
  return [...byKey.values()]
    .sort((a, b) => SUBJECT_ORDER.indexOf(a.subject) - SUBJECT_ORDER.indexOf(b.subject) || a.group - b.group)
    .slice(0, MAX_FILL_SECTIONS)
    .map((s) => ({ subject: s.subject, group: s.group, kinds: [...s.kinds], labels: s.labels }));
}

/**
 * Who fills a section unless the citizen picks someone else: the one remembered for this form, else
 * the n-th person of the section's role (child 2 → the second child entered), else nobody. The
 * citizen is never a candidate: their values never go into another person's section.
 */
export function defaultPersonFor(section: FormSection, persons: readonly Person[], remembered?: string | null): string | null {
  if (remembered === null) return null;
  if (remembered !== undefined && persons.some((p) => p.personId === remembered)) return remembered;
  return persons.filter((p) => p.role === section.subject)[section.group - 1]?.personId ?? null;
}

/** Exactly the values one section gets from its person: the kinds it shows whose attributes the person has. */
export function sectionValues(
  section: FormSection,
  stored: ReadonlyMap<AttributeId, string>,
): { kinds: FieldKind[]; attributes: Partial<Record<AttributeId, string>> } {
  return valuesForFill(section.kinds, new Set(ATTRIBUTE_IDS), stored);
}
