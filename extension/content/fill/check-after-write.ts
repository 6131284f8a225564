import type { FillOutcome } from './apply-fill.ts';
import { setNativeChecked, setNativeValue } from './set-native-value.ts';
import { proveVisible } from '../visibility/prove-visible.ts';

/** How far, in CSS pixels, a field may shift between before and after the write (layout settling). */
const MAX_SHIFT_PX = 8;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Every written field is looked at again right after the writes (docs/SECURITY.md §3.1.5): still
 * visible, still where it was (page coordinates, so scrolling does not count), a password field still
 * of type password. One that is not is cleared at once and reported as withdrawn: a page that hides
 * the fields again on their own input event, or moves them away, keeps none of them in its form.
 * (A script that read the value on the input event has seen it; the disclosure log says so.)
 */
export function checkAfterWrite(
  doc: Document,
  outcomes: readonly FillOutcome[],
  elements: readonly Control[],
  own: (element: Element) => boolean,
  before?: ReadonlyMap<Element, { left: number; top: number }>,
): FillOutcome[] {
  const filled = outcomes.filter((o) => o.outcome === 'filled');
  const targets = filled.map((o) => elements[o.index] as Control);
  const verdicts = proveVisible(
    doc,
    targets.filter((e) => !isToggle(e)),
    own,
  );
  const verdictOf = new Map(targets.filter((e) => !isToggle(e)).map((e, i) => [e, verdicts[i]]));
  return outcomes.map((o) => {
    if (o.outcome !== 'filled') return o;
    const element = elements[o.index] as Control;
    const wasPassword = o.kind === 'password';
    let reason: 'hidden-after-write' | 'moved-after-write' | 'type-changed' | null = null;
    if (wasPassword && !(element instanceof HTMLInputElement && element.type === 'password')) reason = 'type-changed';
    else if (!isToggle(element) && verdictOf.get(element)?.visible !== true) reason = 'hidden-after-write';
    else {
      const was = before?.get(element);
      const now = pagePosition(element);
      if (was && (Math.abs(was.left - now.left) > MAX_SHIFT_PX || Math.abs(was.top - now.top) > MAX_SHIFT_PX)) reason = 'moved-after-write';
    }
    if (!reason) return o;
    if (isToggle(element)) setNativeChecked(element, false);
    else setNativeValue(element, '');
    return { index: o.index, kind: o.kind, outcome: 'withdrawn', reason };
  });
}

const isToggle = (e: Element): e is HTMLInputElement => e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');

/** Where an element is on the page (viewport position plus scroll). */
export function pagePosition(element: Element): { left: number; top: number } {
  const rect = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  return { left: rect.left + (view?.scrollX ?? 0), top: rect.top + (view?.scrollY ?? 0) };
}
