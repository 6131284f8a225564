import type { FieldSnapshot, PageSnapshot } from '../../extension/content/collect/page-snapshot.ts';

/** A text input with a `<label for>` and nothing else, changed by `over`: the classification tests' field. */
export const fieldSnapshot = (over: Partial<FieldSnapshot> = {}): FieldSnapshot => ({
  index: 0,
  tag: 'input',
  type: 'text',
  name: '',
  id: '',
  autocomplete: '',
  placeholder: '',
  label: '',
  labelSource: 'for',
  legend: '',
  heading: '',
  column: '',
  row: '',
  options: [],
  maxLength: null,
  form: 0,
  visible: true,
  readOnly: false,
  disabled: false,
  frame: 0,
  inShadow: false,
  ...over,
});

/** A page of one form whose own buttons are `buttons`, holding these fields in order. */
export const pageSnapshot = (fields: readonly Partial<FieldSnapshot>[], buttons: readonly string[] = ['Weiter']): PageSnapshot => ({
  url: 'https://x.test/',
  title: '',
  h1: '',
  fields: fields.map((f, index) => fieldSnapshot({ ...f, index })),
  forms: [{ index: 0, id: '', name: '', action: '', method: 'post', buttons: [...buttons], files: 0 }],
  actions: [],
  eidLinks: 0,
  truncated: false,
});
