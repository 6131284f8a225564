/** Smallest width and height, in CSS pixels, of a field that counts as visible (docs/SECURITY.md §3.1.5). */
export const MIN_VISIBLE_SIZE_PX = 4;

/**
 * Whether a control is rendered at a usable size. This is the cheap check used for classification;
 * the fill decision adds opacity, viewport and cover checks (docs/SECURITY.md §3.1.5).
 */
export function isRendered(element: Element): boolean {
  const checkable = element as Element & { checkVisibility?: (this: Element, options: object) => boolean };
  if (
    typeof checkable.checkVisibility === 'function' &&
    !checkable.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })
  )
    return false;
  const rect = element.getBoundingClientRect();
  return rect.width >= MIN_VISIBLE_SIZE_PX && rect.height >= MIN_VISIBLE_SIZE_PX;
}
