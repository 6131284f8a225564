import { parseBoxShadows, parseColor, readFilter, type Shadow } from './css-values.ts';
import { area, boxOf, inflate, intersect, shift, type Box } from './rect.ts';

/**
 * Most elements read when looking for what paints over fields at a fill (about 12 µs each: 20,000 cost
 * a quarter second once, on the citizen's click); a larger page cannot be proven and gets nothing.
 */
export const MAX_PAINT_SCAN_ELEMENTS = 20_000;
/** Shadows and outlines fainter than this are decoration, not a cover. */
const MIN_COVER_ALPHA = 0.3;

/**
 * Something that may paint over a field without being hit by a hit-test: an outer box-shadow, an
 * outline or a drop-shadow (never part of any hit-test), or an opaque positioned box (for fields
 * outside the viewport, where no hit-test can be made).
 */
export interface Painter {
  readonly element: Element;
  readonly kind: 'shadow' | 'outline' | 'box';
  /** The area it paints in, and (outline, outer shadow) the area it leaves out. */
  readonly outer: Box;
  readonly inner: Box | null;
  /** Document order, to guess what paints later where no z-index says. */
  readonly order: number;
  readonly zIndex: number;
  /** Positioned boxes paint after the page's in-flow content, whatever their order. */
  readonly positioned: boolean;
}

/**
 * Whether a painter is drawn after a field that is `fieldOrder`-th in document order. Paint order in
 * full depends on every stacking context; this errs towards "after": negative z-index is behind, a
 * positive one in front, a positioned painter in front of in-flow content, else later in the document.
 */
export function paintsAfter(painter: Painter, fieldOrder: number): boolean {
  if (painter.zIndex < 0) return false;
  return painter.zIndex > 0 || painter.positioned || painter.order > fieldOrder;
}

/** Share of `field` a painter covers. */
export function paintedShare(painter: Painter, field: Box): number {
  const whole = area(field);
  if (whole === 0) return 0;
  const outer = area(intersect(field, painter.outer));
  const inner = painter.inner ? area(intersect(field, intersect(painter.outer, painter.inner))) : 0;
  return Math.max(0, outer - inner) / whole;
}

function shadowBoxes(element: Element, shadows: readonly Shadow[], at: { order: number; zIndex: number; positioned: boolean }): Painter[] {
  const rect = boxOf(element.getBoundingClientRect());
  return shadows
    .filter((s) => !s.inset && s.alpha >= MIN_COVER_ALPHA)
    .map((s) => ({
      element,
      kind: 'shadow' as const,
      outer: inflate(shift(rect, s.dx, s.dy), s.spread + s.blur / 2),
      inner: rect,
      ...at,
    }));
}

/** Whether an element's own box paints an opaque surface (background colour or image, backdrop filter, inset shadow). */
export function paintsOpaque(cs: CSSStyleDeclaration): boolean {
  if ((parseColor(cs.backgroundColor)?.a ?? 1) >= 0.1) return true;
  if (cs.backgroundImage && cs.backgroundImage !== 'none') return true;
  const backdrop = cs.getPropertyValue('backdrop-filter') || cs.getPropertyValue('-webkit-backdrop-filter');
  if (backdrop && backdrop !== 'none') return true;
  if (cs.borderImageSource && cs.borderImageSource !== 'none') return true;
  return parseBoxShadows(cs.boxShadow).some((s) => s.inset && s.alpha >= MIN_COVER_ALPHA);
}

/**
 * Reads every element of the document and of its open shadow roots (in document order, up to
 * MAX_PAINT_SCAN_ELEMENTS) for what could paint over a field unseen by a hit-test. `complete` is false
 * when the page was larger: then no field of it counts as proven.
 */
export function scanPainters(
  doc: Document,
  limit = MAX_PAINT_SCAN_ELEMENTS,
): { painters: Painter[]; orders: Map<Element, number>; complete: boolean } {
  const view = doc.defaultView;
  const orders = new Map<Element, number>();
  if (!view || !doc.documentElement) return { painters: [], orders, complete: false };
  const painters: Painter[] = [];
  const stack: Element[] = [doc.documentElement];
  let order = 0;
  while (stack.length > 0) {
    if (order >= limit) return { painters, orders, complete: false };
    const element = stack.pop() as Element;
    order++;
    orders.set(element, order);
    const children: Element[] = [...element.children];
    if (element.shadowRoot) children.push(...element.shadowRoot.children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
    const cs = view.getComputedStyle(element);
    if (cs.display === 'none') continue;
    // Boxes that paint in front of the page's in-flow content: positioned ones and other stacking contexts.
    const positioned =
      cs.position !== 'static' ||
      (cs.transform !== '' && cs.transform !== 'none') ||
      (Number.parseFloat(cs.opacity) || 0) < 1 ||
      (cs.filter !== '' && cs.filter !== 'none') ||
      cs.isolation === 'isolate' ||
      /transform|opacity|filter/.test(cs.willChange);
    const at = { order, zIndex: Number.parseInt(cs.zIndex, 10) || 0, positioned };
    painters.push(...shadowBoxes(element, parseBoxShadows(cs.boxShadow), at), ...shadowBoxes(element, readFilter(cs.filter).shadows, at));
    const outlineWidth = Number.parseFloat(cs.outlineWidth) || 0;
    if (cs.outlineStyle !== 'none' && outlineWidth > 0 && (parseColor(cs.outlineColor)?.a ?? 1) >= MIN_COVER_ALPHA) {
      const rect = boxOf(element.getBoundingClientRect());
      const offset = Number.parseFloat(cs.outlineOffset) || 0;
      painters.push({ element, kind: 'outline', outer: inflate(rect, offset + outlineWidth), inner: inflate(rect, offset), ...at });
    }
    if (positioned && paintsOpaque(cs))
      painters.push({ element, kind: 'box', outer: boxOf(element.getBoundingClientRect()), inner: null, ...at });
  }
  return { painters, orders, complete: true };
}
