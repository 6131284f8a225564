/**
 * The parent in the flat (composed) tree, the one rendering follows: a slotted element's slot, a
 * shadow root's host, else the parent element. Opacity, filters and clipping of all of these apply.
 */
export function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && root instanceof ShadowRoot ? root.host : null;
}
