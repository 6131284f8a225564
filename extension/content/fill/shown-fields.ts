import { proveVisible } from '../visibility/prove-visible.ts';

/** How many of a checkbox's or radio button's labels are proven with it (custom controls show the label, not the input). */
const MAX_LABELS = 4;

/**
 * The fields that count as shown to the citizen for this fill: proven visible now, and — when a
 * record from before the gesture is given — proven visible then too (docs/SECURITY.md §3.1.5). A
 * checkbox or radio button counts when it or one of its labels is visible (styled controls hide the
 * input and show the label). `seenBefore` null means no record exists: nothing counts as shown.
 */
export function shownFields(doc: Document, elements: readonly Element[], seenBefore: WeakSet<Element> | null | undefined, own: (element: Element) => boolean): Set<Element> {
  const visible = visibleNow(doc, elements, own);
  if (seenBefore === undefined) return visible;
  return new Set([...visible].filter((element) => seenBefore?.has(element) ?? false));
}

/** The elements proven visible now, labels standing in for checkboxes and radio buttons. */
export function visibleNow(doc: Document, elements: readonly Element[], own: (element: Element) => boolean): Set<Element> {
  const toggles = (e: Element): e is HTMLInputElement => e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');
  const labels = elements.map((e) => (toggles(e) ? [...(e.labels ?? [])].slice(0, MAX_LABELS) : []));
  const batch = [...elements, ...labels.flat()];
  const verdicts = proveVisible(doc, batch, own);
  const isVisible = new Map(batch.map((e, i) => [e, verdicts[i]?.visible === true]));
  return new Set(elements.filter((e, i) => isVisible.get(e) === true || (labels[i] ?? []).some((label) => isVisible.get(label) === true)));
}
