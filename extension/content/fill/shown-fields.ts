import { MAX_FILL_FIELDS } from '../../../shared/protocol/tab-protocol.ts';
import { proveVisible } from '../visibility/prove-visible.ts';

/** How many of a checkbox's or radio button's labels are proven with it (custom controls show the label, not the input). */
const MAX_LABELS = 4;

/**
 * The fields that count as shown to the citizen for this fill: proven visible now, and — when a
 * record from before the gesture is given — proven visible then too (docs/SECURITY.md §3.1.5). A
 * checkbox or radio button counts when it or one of its labels is visible (styled controls hide the
 * input and show the label). `seenBefore` null means no record exists: nothing counts as shown.
 */
export function shownFields(
  doc: Document,
  elements: readonly Element[],
  seenBefore: WeakSet<Element> | null | undefined,
  own: (element: Element) => boolean,
): Set<Element> {
  const visible = visibleNow(doc, elements, own);
  if (seenBefore === undefined) return visible;
  return new Set([...visible].filter((element) => seenBefore?.has(element) ?? false));
}

/** Fields proven per fill or record: a fill speaks of at most this many (tab-protocol.ts), the rest stays empty. */
export const MAX_PROVEN_FIELDS = MAX_FILL_FIELDS;
/**
 * Elements the record of what is visible reads for painters: none. A record is made after every
 * classification and at every gesture, so it must stay cheap (one task well under 50 ms on a
 * 5,000-field page): it leaves out the painter scan and the lifting of pointer-events. It only bounds
 * the fill from above; shadows, outlines and `pointer-events: none` covers are found by the fill's own
 * full proof.
 */
export const RECORD_SCAN_LIMIT = 0;

/**
 * The elements proven visible now, labels standing in for checkboxes and radio buttons; the first
 * MAX_PROVEN_FIELDS only, so no page makes a proof (or a click, which records one) take long.
 * `record`: a cheaper proof for the record of what was visible (a bounded painter scan).
 */
export function visibleNow(
  doc: Document,
  all: readonly Element[],
  own: (element: Element) => boolean,
  options: { record?: boolean } = {},
): Set<Element> {
  const elements = all.slice(0, MAX_PROVEN_FIELDS);
  const toggles = (e: Element): e is HTMLInputElement => e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');
  const labels = elements.map((e) => (toggles(e) ? [...(e.labels ?? [])].slice(0, MAX_LABELS) : []));
  const batch = [...elements, ...labels.flat()];
  const verdicts = proveVisible(
    doc,
    batch,
    own,
    options.record ? { scanLimit: RECORD_SCAN_LIMIT, scanRequired: false, liftHitTesting: false } : {},
  );
  const isVisible = new Map(batch.map((e, i) => [e, verdicts[i]?.visible === true]));
  return new Set(elements.filter((e, i) => isVisible.get(e) === true || (labels[i] ?? []).some((label) => isVisible.get(label) === true)));
}
