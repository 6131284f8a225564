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
  doc.addEventListener('input', (event) => {
    if (event.isTrusted && event.target instanceof Element) typed.add(event.target);
  }, { capture: true, ...(signal ? { signal } : {}) });
  return {
    typedByCitizen: (element) => typed.has(element),
    writtenByUs: (element) => ours.get(element),
    wrote: (element, value) => void ours.set(element, value),
  };
}
