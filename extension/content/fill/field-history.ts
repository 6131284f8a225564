import { dom } from '../collect/dom-reads.ts';
/** What happened to the page's fields in this visit, as far as a fill needs to know (decide-prefill.ts). */
export interface FieldHistory {
  /** The citizen typed into this field (a trusted input event). */
  typedByCitizen(element: Element): boolean;
  /** The value Amtspass wrote into this field last, if any. */
  writtenByUs(element: Element): string | undefined;
  wrote(element: Element, value: string): void;
}

/**
 * Records trusted `input` events on the document, from the content script's start to its end: a
 * page's own scripts cannot forge them, so a value without one came from the page (or the browser's
 * restore), not from the citizen. Weak maps: nothing outlives the fields.
 */
export function trackFieldHistory(doc: Document, signal?: AbortSignal): FieldHistory {
  const typed = new WeakSet<Element>();
  const ours = new WeakMap<Element, string>();
  doc.addEventListener(
    'input',
    (event) => {
      if (event.isTrusted && event.target instanceof Element) typed.add(event.target);
    },
    { capture: true, ...(signal ? { signal } : {}) },
  );
  return {
    typedByCitizen: (element) => typed.has(element),
    writtenByUs: (element) => ours.get(element),
    wrote: (element, value) => void ours.set(element, value),
  };
}

/**
 * The value the page itself put into a field, for the confirm window: a text field's value, or the
 * text of a select's chosen option other than its first; null when empty, typed by the citizen in
 * this visit, or written by Amtspass. Cut to `maxChars`.
 */
export function prefillOf(element: Element, history: FieldHistory, maxChars: number): string | null {
  if (history.typedByCitizen(element)) return null;
  let value = '';
  if (element instanceof HTMLSelectElement) value = element.selectedIndex > 0 ? (element.options[element.selectedIndex]?.text ?? '') : '';
  else if (element instanceof HTMLInputElement && element.type === 'radio') return checkedRadioPrefill(element, history, maxChars);
  else if (element instanceof HTMLInputElement && element.type === 'checkbox') return null;
  else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) value = element.value;
  if (value.trim() === '' || value === history.writtenByUs(element)) return null;
  return value.trim().slice(0, maxChars);
}

/**
 * A radio group's prefill: the label of the button the page checked (a radio's own value is there
 * whether it is checked or not). Null when none is checked, or the citizen or Amtspass checked it.
 */
function checkedRadioPrefill(first: HTMLInputElement, history: FieldHistory, maxChars: number): string | null {
  const checked = dom.radioGroup(first).find((e) => e.checked);
  if (!checked || history.typedByCitizen(checked) || history.writtenByUs(checked) === 'checked') return null;
  const text = (checked.labels?.[0]?.textContent ?? checked.value).trim();
  return text === '' ? null : text.slice(0, maxChars);
}
