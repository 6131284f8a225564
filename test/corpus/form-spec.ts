/**
 * The recognition corpus (docs/DETECTION-CORPUS.md): application forms described once by what they ask
 * (sections, whose data, which fields with the label wordings real forms use) and rendered by each
 * form platform's own markup. Expected kinds come from these descriptions, never from the classifier.
 */

/** Whose data a section asks for; `thing`: nobody's (a dog, a company, an authority). */
export type SectionOwner = 'self' | 'partner' | 'child' | 'other' | 'thing';

export type InputShape = 'text' | 'email' | 'tel' | 'date' | 'select' | 'radio' | 'textarea' | 'checkbox' | 'number';

export interface FieldSpec {
  /** Stable key within its section (`vorname`). */
  readonly key: string;
  /** What the field asks for; null: nothing Amtspass knows (a dog's breed, a message). */
  readonly kind: string | null;
  /** Wordings seen on real forms; each platform takes another one. */
  readonly labels: readonly string[];
  readonly shape?: InputShape;
  readonly options?: readonly string[];
  /** A word a platform may use in its `name` attributes (German platforms German, others English). */
  readonly nameWord: string;
  readonly autocomplete?: string;
  readonly maxLength?: number;
}

export interface SectionSpec {
  /** Section titles seen on real forms; `{n}` is the repeat number where sections are numbered. */
  readonly titles: readonly string[];
  readonly owner: SectionOwner;
  /** The same section repeated (two children, three household members). */
  readonly repeat?: number;
  /** Repeats are numbered in their titles ("Kind 1", "Kind 2") rather than just repeated. */
  readonly numbered?: boolean;
  /** A word the platform may put into names for this section (`kind`, `ehegatte`). */
  readonly nameWord: string;
  readonly fields: readonly FieldSpec[];
  /** Rendered as one table that compares persons column by column, whatever the platform. */
  readonly compare?: readonly { readonly header: string; readonly owner: SectionOwner; readonly nameWord: string }[];
  /**
   * Rendered with no title of its own, inside the section before it, right after a checkbox with one of
   * these labels ("An folgende abweichende Anschrift senden"): a block the citizen opens by a choice.
   */
  readonly openedBy?: readonly string[];
  /** Rendered as one table of persons, one row each, the row's own cell saying who ("Antragsteller/in"), whatever the platform. */
  readonly rows?: readonly { readonly cell: string; readonly owner: SectionOwner; readonly nameWord: string }[];
}

export interface FormSpec {
  readonly id: string;
  readonly title: string;
  readonly lang: 'de' | 'en';
  readonly sections: readonly SectionSpec[];
  readonly submit: string;
  /** What the page is; `form` unless said. */
  readonly page?: 'form' | 'none';
}

/** Shorthand for a field. */
export function field(
  kind: string | null,
  labels: readonly string[],
  nameWord: string,
  more: Omit<FieldSpec, 'key' | 'kind' | 'labels' | 'nameWord'> = {},
): FieldSpec {
  return { key: nameWord, kind, labels, nameWord, ...more };
}
