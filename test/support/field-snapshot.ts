import type { FieldSnapshot } from '../../extension/content/collect/page-snapshot.ts';

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
