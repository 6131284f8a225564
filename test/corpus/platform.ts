import type { FieldSpec, InputShape, SectionSpec } from './form-spec.ts';

/** One field as a platform renders it: its label chosen, its name and id given. */
export interface RenderField {
  readonly spec: FieldSpec;
  readonly label: string;
  readonly name: string;
  readonly id: string;
  readonly shape: InputShape;
  readonly required: boolean;
  /** The field's autocomplete token, on platforms that set them. */
  readonly autocomplete: string;
}

/** What a platform needs to name a field. */
export interface NameContext {
  readonly section: SectionSpec;
  /** The section's (or compared column's) name word. */
  readonly sectionWord: string;
  /** 1-based repeat of the section. */
  readonly repeat: number;
  readonly field: FieldSpec;
  /** Running number of the field on the page. */
  readonly counter: number;
}

/** A form platform's markup: how it names, labels and groups fields, and how it lays out a page. */
export interface Platform {
  readonly id: string;
  /** What the platform is modelled on (docs/DETECTION-CORPUS.md). */
  readonly modelledOn: string;
  /** Whether the platform sets autocomplete tokens. */
  readonly autocomplete: boolean;
  /** Whether select-like fields (salutation, gender) are radio groups. */
  readonly radios: boolean;
  names(context: NameContext): { name: string; id: string };
  field(field: RenderField): string;
  section(title: string, inner: string, index: number): string;
  page(title: string, form: string, submit: string, lang: 'de' | 'en'): string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The bare control (input, select, textarea) with the attributes every platform sets. */
export function control(field: RenderField, extra = ''): string {
  const { spec, name, id, shape } = field;
  const attrs = `${name ? ` name="${escapeHtml(name)}"` : ''}${id ? ` id="${escapeHtml(id)}"` : ''}${field.required ? ' required' : ''}${extra ? ` ${extra}` : ''}`;
  if (shape === 'select')
    return `<select${attrs}>${(spec.options ?? []).map((o, i) => `<option value="${i === 0 ? '' : escapeHtml(o)}">${escapeHtml(o)}</option>`).join('')}</select>`;
  if (shape === 'textarea') return `<textarea${attrs} rows="4"></textarea>`;
  const type = shape === 'date' ? 'text' : shape;
  return `<input type="${type}"${attrs}${spec.maxLength ? ` maxlength="${spec.maxLength}"` : ''}${field.autocomplete ? ` autocomplete="${field.autocomplete}"` : ''}>`;
}

/** Radio buttons for a select-like field (salutation, gender), each with its own label. */
export function radios(field: RenderField, wrap: (inputs: string) => string): string {
  const options = (field.spec.options ?? []).slice(1);
  return wrap(
    options
      .map(
        (o, i) =>
          `<label><input type="radio" name="${escapeHtml(field.name || field.id)}" value="${escapeHtml(o)}"${i === 0 && field.id ? ` id="${escapeHtml(field.id)}"` : ''}> ${escapeHtml(o)}</label>`,
      )
      .join(' '),
  );
}

export function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
