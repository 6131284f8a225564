import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldOwner } from './find-owner.ts';
import { foldText } from './fold-text.ts';
import type { LexiconKind } from './kind-lexicon.ts';
import { addressNotOnRecord } from './subject-lexicon.ts';

/** The kinds of an address block and the name that heads it ("c/o", "Name, Vorname" of the recipient). */
const ADDRESS_BLOCK: ReadonlySet<LexiconKind> = new Set([
  'street',
  'houseNumber',
  'streetAndNumber',
  'numberAfterStreet',
  'postalCode',
  'postalCodeAndCity',
  'city',
  'country',
  'addressAddition',
  'fullName',
  'givenNames',
  'familyName',
  'name',
]);

/** Owners a choice may overrule: those read from the section or from nothing. A role in the field's own label or name is nearer. */
const FROM_SECTION: ReadonlySet<FieldOwner['from']> = new Set(['default', 'heading', 'legend', 'column']);

/**
 * An address block opened by a choice ("( ) an meine Wohnanschrift  (•) an folgende abweichende
 * Anschrift", "[x] Abweichende Postanschrift angeben") is not the address on record, though no heading
 * says so: the fields right after such a radio button or checkbox, in the same section and form, while
 * they ask for an address or a name, are someone else's (a past address: nobody's). The block ends at the
 * first field that asks for something else (the e-mail for the receipt), at the next choice, or where
 * the section ends. Pure.
 */
export function fromRevealingChoices(
  fields: readonly FieldSnapshot[],
  kinds: readonly (LexiconKind | null)[],
  owners: readonly FieldOwner[],
): FieldOwner[] {
  const result = [...owners];
  let opened: { by: FieldSnapshot; owner: 'other' | 'thing'; title: string } | null = null;
  fields.forEach((field, i) => {
    if (field.type === 'radio' || field.type === 'checkbox') {
      const title = foldText(field.label);
      const owner = addressNotOnRecord(title);
      // "( ) abweichende Anschrift  ( ) Wohnanschrift": a later button of the same group keeps the block open.
      const sameGroup =
        opened?.by.type === 'radio' && field.type === 'radio' && opened.by.name === field.name && opened.by.form === field.form;
      if (owner === 'other' || owner === 'thing') opened = { by: field, owner, title };
      else if (!sameGroup) opened = null;
      return;
    }
    if (!opened) return;
    const kind = kinds[i] ?? null;
    const sameSection =
      field.form === opened.by.form &&
      field.legend === opened.by.legend &&
      field.heading === opened.by.heading &&
      field.frame === opened.by.frame;
    if (!sameSection || (kind !== null && !ADDRESS_BLOCK.has(kind))) {
      opened = null;
      return;
    }
    const current = result[i] as FieldOwner;
    // The choice titles the block: the next section of someone else's is the next person.
    // ("Name der Empfängerin" in the block is its first line, the same person as the rest of it.)
    if (FROM_SECTION.has(current.from)) result[i] = { ...current, owner: opened.owner, number: null, section: opened.title };
    else if (current.owner === opened.owner) result[i] = { ...current, section: opened.title };
  });
  return result;
}
