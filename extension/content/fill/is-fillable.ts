import { isRendered } from '../collect/is-visible.ts';

/** Lowest effective opacity of a field and its ancestors that still counts as visible (KeePassXC's 0.7). */
export const MIN_EFFECTIVE_OPACITY = 0.7;

/**
 * docs/SECURITY.md §3.1.5, checked on the live element right before writing: rendered at ≥ 4×4 px; the
 * product of its own and every ancestor's opacity ≥ 0.7; not in a closed `<details>` or `inert`
 * subtree; placed where the page can be scrolled to (not pushed off-screen); and, when it is in the
 * viewport, the topmost element at its centre is the field itself (or its label), not a cover.
 * A field below the fold passes (long forms), a field hidden by position or by a cover does not.
 */
export function isFillable(element: HTMLElement): boolean {
  if (!isRendered(element)) return false;
  if (element.closest('[inert], [aria-hidden="true"]')) return false;
  const details = element.closest('details');
  if (details && !details.open && !element.closest('summary')) return false;
  let opacity = 1;
  for (let node: Element | null = element, depth = 0; node && depth < 64; node = node.parentElement, depth++) {
    opacity *= Number.parseFloat(getComputedStyle(node).opacity) || 0;
    if (opacity < MIN_EFFECTIVE_OPACITY) return false;
  }
  const rect = element.getBoundingClientRect();
  const doc = element.ownerDocument;
  const left = rect.left + (doc.defaultView?.scrollX ?? 0);
  const top = rect.top + (doc.defaultView?.scrollY ?? 0);
  if (left + rect.width <= 0 || top + rect.height <= 0 || left >= doc.documentElement.scrollWidth || top >= doc.documentElement.scrollHeight) return false;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const view = doc.defaultView;
  if (view && x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight) {
    const top = (element.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
    if (top && top !== element && !element.contains(top) && !(top instanceof HTMLLabelElement && top.control === element)) return false;
  }
  return true;
}
