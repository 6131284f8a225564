import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldOwner } from './find-owner.ts';
import { foldText } from './fold-text.ts';
import type { LexiconKind } from './kind-lexicon.ts';
import { addressNotOnRecord, namesSomeoneElse } from './subject-lexicon.ts';

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

/** What a person opened by a choice may be asked for besides a name and an address. */
const PERSON_BLOCK: ReadonlySet<LexiconKind> = new Set([
  ...ADDRESS_BLOCK,
  'birthDate',
  'birthName',
  'placeOfBirth',
  'nationality',
  'salutation',
  'gender',
  'email',
  'phone',
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
  let opened: { by: FieldSnapshot; owner: 'other' | 'thing'; title: string; kinds: ReadonlySet<LexiconKind> } | null = null;
  fields.forEach((field, i) => {
    if (field.type === 'radio' || field.type === 'checkbox') {
      const title = foldText(field.label);
      const address = addressNotOnRecord(title);
      const owner = address ?? (namesSomeoneElse(title) ? 'other' : null);
      // "( ) abweichende Anschrift  ( ) Wohnanschrift": a later button of the same group keeps the block open.
      const sameGroup =
        opened?.by.type === 'radio' && field.type === 'radio' && opened.by.name === field.name && opened.by.form === field.form;
      if (owner === 'other' || owner === 'thing') opened = { by: field, owner, title, kinds: address ? ADDRESS_BLOCK : PERSON_BLOCK };
      else if (!sameGroup) opened = null;
      return;
    }
    if (!opened) return;
    const kind = kinds[i] ?? null;
    // The choice often stands in a fieldset of its own ("Is the vehicle registered to you?") and what it
    // opens right after it, outside that fieldset.
    const sameSection =
      field.form === opened.by.form &&
      (field.legend === opened.by.legend || field.legend === '') &&
      field.heading === opened.by.heading &&
      field.frame === opened.by.frame;
    if (!sameSection || (kind !== null && !opened.kinds.has(kind))) {
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
