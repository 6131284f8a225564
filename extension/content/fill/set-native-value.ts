/**
 * Writes a value the way a user's typing would arrive, so React, Vue and Angular notice: the value is
 * set through the prototype's setter (React tracks the instance property and would drop a plain
 * assignment), then `input` and `change` are dispatched, bubbling and composed.
 */
export function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  // Reflect.set on the prototype runs its accessor with the element as receiver.
  const prototype = Object.getPrototypeOf(element) as object;
  if (!Reflect.set(prototype, 'value', value, element)) element.value = value;
  dispatchEdits(element);
}

/** The same for a checkbox or radio button's `checked`. */
export function setNativeChecked(element: HTMLInputElement, checked: boolean): void {
  if (!Reflect.set(HTMLInputElement.prototype, 'checked', checked, element)) element.checked = checked;
  dispatchEdits(element);
}

function dispatchEdits(element: Element): void {
  element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
