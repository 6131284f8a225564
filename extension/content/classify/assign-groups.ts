import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldOwner } from './find-owner.ts';
import type { Subject } from './subject-lexicon.ts';

/**
 * Numbers the repeated sections of each subject in document order (child 1, child 2, household
 * member 3), so that a fill never mixes two children. A subject's fields start a new group when the
 * section's own number changes ("Kind 1" → "Kind 2", `kinder[0]` → `kinder[1]`) or, without numbers,
 * when a kind comes again (a second "Vorname" in the children's part is the next child), or when
 * unnumbered fields follow numbered ones (the landlord after "Haushaltsmitglied 3"). The
 * applicant is one person: every field of `self` is group 1.
 */
export function assignGroups(
  owners: readonly (FieldOwner | null)[],
  kinds: readonly (FieldKind | null)[],
  choiceGroups: readonly string[],
): (number | null)[] {
  const state = new Map<
    Subject,
    { group: number; number: number | null; kinds: Set<FieldKind>; byNumber: Map<number, number>; section: string }
  >();
  // A comparison table ("Vater | Mutter") names its people in column headers and alternates between them
  // row by row: each column is one person, whatever order the cells come in.
  const columns = new Map<string, { group: number; kinds: Set<FieldKind> }>();
  const groups: (number | null)[] = [];
  owners.forEach((owner, i) => {
    groups.push(groupOf(owner, i));
  });
  return groups;

  function groupOf(owner: FieldOwner | null, i: number): number | null {
    const kind = kinds[i] ?? null;
    if (!owner || owner.owner === 'thing' || !kind) return null;
    const subject = owner.owner;
    if (subject === 'self') return 1;
    // The buttons of one radio group are one field.
    if (i > 0 && choiceGroups[i] && choiceGroups[i] === choiceGroups[i - 1]) return groups[i - 1] ?? null;
    let current = state.get(subject);
    if (!current) {
      current = { group: 0, number: null, kinds: new Set(), byNumber: new Map(), section: owner.section };
      state.set(subject, current);
    }
    if (subject === 'other' && owner.from === 'column' && owner.number === null) {
      const column = columns.get(owner.section);
      if (column && !column.kinds.has(kind)) {
        column.kinds.add(kind);
        return column.group;
      }
      current.group = Math.max(current.group, ...current.byNumber.values(), ...[...columns.values()].map((c) => c.group)) + 1;
      current.number = null;
      current.section = owner.section;
      current.kinds = new Set([kind]);
      columns.set(owner.section, { group: current.group, kinds: new Set([kind]) });
      return current.group;
    }
    // Other people's sections are each another person (the father, the mother, the landlord); a child or a
    // partner spread over two sections ("Angaben zum Kind", "Anschrift des Kindes") stays one.
    const newSection =
      subject === 'other' && owner.section !== '' && current.section !== '' && owner.section !== current.section && owner.number === null;
    current.section = owner.section || current.section;
    const numbered = owner.number;
    if (numbered !== null && current.number === null && current.group > 0 && !current.byNumber.has(numbered) && !current.kinds.has(kind)) {
      // The section's number shows up only now (`kind[0].vorname` after a field read from the legend): same section.
      current.byNumber.set(numbered, current.group);
      current.number = numbered;
    } else if (numbered !== null && numbered !== current.number) {
      const known = current.byNumber.get(numbered);
      current.group = known ?? Math.max(current.group, ...current.byNumber.values()) + 1;
      current.byNumber.set(numbered, current.group);
      current.number = numbered;
      current.kinds = new Set();
    } else if (current.group === 0 || newSection || (numbered === null && (current.kinds.has(kind) || current.number !== null))) {
      current.group = Math.max(current.group, ...current.byNumber.values()) + 1;
      current.number = null;
      current.kinds = new Set();
    }
    current.kinds.add(kind);
    return current.group;
  }
}
