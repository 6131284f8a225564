/** Most fields collected from one page; the rest is ignored and the snapshot marked truncated. */
export const MAX_FIELDS = 2000;
/** Longest text kept for a label, legend, heading, placeholder or option. */
export const MAX_TEXT_CHARS = 200;
/** Options kept per select or radio group. */
export const MAX_OPTIONS = 300;
/** Button and link texts kept per page. */
export const MAX_ACTIONS = 300;

export type FieldTag = 'input' | 'select' | 'textarea';

/** Where a label text came from, strongest first. */
export type LabelSource =
  'aria-labelledby' | 'for' | 'wrap' | 'aria-label' | 'table' | 'preceding' | 'following' | 'title' | 'placeholder' | 'none';

/** One form control as plain data: everything classification may look at, nothing live. */
export interface FieldSnapshot {
  readonly index: number;
  readonly tag: FieldTag;
  /** Lower-cased input type (`text`, `email`, `radio` …); `select-one` for selects; `textarea`. */
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly autocomplete: string;
  readonly placeholder: string;
  readonly label: string;
  readonly labelSource: LabelSource;
  /** Text of the nearest enclosing fieldset legend (or role=group label). */
  readonly legend: string;
  /** Text of the nearest heading before the field (h2–h6 or role=heading). */
  readonly heading: string;
  /** In a table: the header of the field's column ("Elternteil 2"), when the table has a header row. */
  readonly column: string;
  /** In such a table: the texts of the field's row that hold no control ("1 Antragsteller/in"). */
  readonly row: string;
  readonly options: readonly { readonly value: string; readonly text: string }[];
  readonly maxLength: number | null;
  /** Index into `forms`, or -1 when the field belongs to no form. */
  readonly form: number;
  readonly visible: boolean;
  readonly readOnly: boolean;
  readonly disabled: boolean;
  /** 0 for the top document; same-origin iframes and shadow roots count up. */
  readonly frame: number;
  readonly inShadow: boolean;
}

export interface FormSnapshot {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** Resolved action URL ('' when none). */
  readonly action: string;
  readonly method: string;
  /** Texts of submit buttons and buttons inside the form. */
  readonly buttons: readonly string[];
  /** File inputs in the form (a certificate-file login has one beside its password); never collected as fields. */
  readonly files: number;
}

/** A page as plain data. `truncated` when a bound (fields, time, nodes) was reached. */
export interface PageSnapshot {
  readonly url: string;
  readonly title: string;
  /** The h1 text, if any. */
  readonly h1: string;
  readonly fields: readonly FieldSnapshot[];
  readonly forms: readonly FormSnapshot[];
  /** Texts of buttons and links on the page (hand-off and wizard cues). */
  readonly actions: readonly string[];
  /** Links that start an eID flow (eID-Client URLs). */
  readonly eidLinks: number;
  readonly truncated: boolean;
}
