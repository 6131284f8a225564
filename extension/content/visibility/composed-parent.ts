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

/** Whether `ancestor` is `element` or one of its flat-tree ancestors. */
export function isComposedAncestor(ancestor: Element, element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParent(node)) if (node === ancestor) return true;
  return false;
}
