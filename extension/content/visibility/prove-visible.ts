import { createChainReader } from './chain-style.ts';
import { composedParent } from './composed-parent.ts';
import { contrastRatio, parseColor, type Rgba } from './css-values.ts';
import { area, boxOf, height, intersect, width, type Box } from './rect.ts';
import { paintedShare, paintsAfter, paintsOpaque, scanPainters } from './scan-painters.ts';
import { withForcedHitTesting } from './with-forced-hit-testing.ts';

/** Lowest effective opacity through the whole flat tree that still counts as visible (KeePassXC's 0.7). */
export const MIN_EFFECTIVE_OPACITY = 0.7;
/** Smallest side of a field, in CSS pixels, that a citizen can be expected to see. */
export const MIN_FIELD_PX = 8;
/** Share of a field that must be left by clipping ancestors. */
export const MIN_SHOWN_SHARE = 0.75;
/** Share of a field a shadow, outline or opaque box may cover before the field counts as covered. */
export const MAX_COVERED_SHARE = 0.25;
/** Lowest contrast between a field's text colour and what is behind it (white on white is 1). */
export const MIN_TEXT_CONTRAST = 1.5;
/** Where a field is hit-tested, as fractions of its shown box: the centre and four inner points. */
const SAMPLES: readonly (readonly [number, number])[] = [
  [0.5, 0.5],
  [0.15, 0.25],
  [0.85, 0.25],
  [0.15, 0.75],
  [0.85, 0.75],
];

export type HiddenReason =
  'frame' | 'detached' | 'hidden' | 'small' | 'faded' | 'masked' | 'clipped' | 'unreadable' | 'off-page' | 'covered' | 'unprovable';
export type VisibilityVerdict = { readonly visible: true; readonly box: Box } | { readonly visible: false; readonly reason: HiddenReason };

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const NO_TEXT_TYPES = new Set(['checkbox', 'radio', 'range', 'color', 'file', 'image', 'button', 'submit', 'reset']);

/**
 * Whether what is painted at each field is the field (docs/SECURITY.md §3.1.5), for a batch of fields
 * of the top document:
 * 1. the browser's own verdict (`checkVisibility`: display, visibility, opacity, content-visibility);
 *    not inert, aria-hidden or in a closed <details>; at least 8×8 px;
 * 2. every flat-tree ancestor (through shadow hosts and slots, no depth limit): effective opacity
 *    including filter opacity() ≥ 0.7; no mask, clip-path, hiding filter or blend mode; at least 75 %
 *    of the field left by clipping ancestors; no scrolling box too small to show it;
 * 3. its text readable: colour not transparent, contrast to the background ≥ 1.5, a usable font size;
 * 4. on the page (not pushed off it), and no outline, box-shadow or drop-shadow painted over a quarter
 *    of it (these are never hit by hit-testing);
 * 5. in the viewport, at five points: with every element made hit-testable (pointer-events and inert
 *    lifted), everything above the field is see-through; outside the viewport (no hit-test can look
 *    there), no opaque box that paints in front of in-flow content (positioned, transformed, faded,
 *    filtered, isolated) and after the field covers a quarter of it, and nothing on its chain is pushed
 *    behind with a negative z-index.
 * `own` elements (our hint) are ignored. A page too large to scan proves nothing (unless `scanRequired`
 * is false: then the painters found so far are used). `liftHitTesting: false` hit-tests the page as it
 * is (cheaper, blind to `pointer-events: none` covers): for the record of what is visible only.
 */
export function proveVisible(
  doc: Document,
  elements: readonly Element[],
  own: (element: Element) => boolean = () => false,
  options: { scanLimit?: number; scanRequired?: boolean; liftHitTesting?: boolean } = {},
): VisibilityVerdict[] {
  const view = doc.defaultView;
  if (!view) return elements.map(() => ({ visible: false, reason: 'detached' }));
  const chain = createChainReader(view);
  const background = createBackgroundReader(view);
  const pseudoMemo = new Map<Element, boolean>();
  const seeThroughMemo = new Map<Element, boolean>();
  const viewport: Box = { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight };
  const verdicts: VisibilityVerdict[] = elements.map((element) => styleVerdict(element));

  function styleVerdict(element: Element): VisibilityVerdict {
    if (element.ownerDocument !== doc) return { visible: false, reason: 'frame' };
    if (!element.isConnected) return { visible: false, reason: 'detached' };
    if (element.closest('[inert], [aria-hidden="true"]')) return { visible: false, reason: 'hidden' };
    const details = element.closest('details');
    if (details && !details.open && !element.closest('summary')) return { visible: false, reason: 'hidden' };
    const checkable = element as Element & { checkVisibility?: (this: Element, options: object) => boolean };
    if (
      typeof checkable.checkVisibility === 'function' &&
      !checkable.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    )
      return { visible: false, reason: 'hidden' };
    const cs = view!.getComputedStyle(element);
    if (cs.display === 'none' || cs.visibility !== 'visible') return { visible: false, reason: 'hidden' };
    const rect = boxOf(element.getBoundingClientRect());
    if (width(rect) < MIN_FIELD_PX || height(rect) < MIN_FIELD_PX) return { visible: false, reason: 'small' };
    const effect = chain(element);
    if (effect.hides) return { visible: false, reason: 'masked' };
    if (effect.opacity < MIN_EFFECTIVE_OPACITY) return { visible: false, reason: 'faded' };
    const parent = composedParent(element);
    const above = parent ? chain(parent) : null;
    if (above?.tinyScroller) return { visible: false, reason: 'clipped' };
    const shown = above?.clip ? intersect(rect, above.clip) : rect;
    if (area(shown) < MIN_SHOWN_SHARE * area(rect)) return { visible: false, reason: 'clipped' };
    if (!readable(element, cs, rect)) return { visible: false, reason: 'unreadable' };
    const scrollX = view!.scrollX;
    const scrollY = view!.scrollY;
    const page = doc.documentElement;
    if (
      shown.right + scrollX <= 0 ||
      shown.bottom + scrollY <= 0 ||
      shown.left + scrollX >= page.scrollWidth ||
      shown.top + scrollY >= page.scrollHeight
    )
      return { visible: false, reason: 'off-page' };
    return { visible: true, box: shown };
  }

  function readable(element: Element, cs: CSSStyleDeclaration, rect: Box): boolean {
    if (element instanceof HTMLInputElement && NO_TEXT_TYPES.has(element.type)) return true;
    if ((Number.parseFloat(cs.fontSize) || 0) < 6) return false;
    if (Math.abs(Number.parseFloat(cs.textIndent) || 0) >= width(rect)) return false;
    const fill = parseColor(cs.getPropertyValue('-webkit-text-fill-color'));
    const color = parseColor(cs.color);
    const text = fill && fill.a < (color?.a ?? 1) ? fill : color;
    if (!text) return true;
    if (text.a < 0.5) return false;
    const behind = background(element);
    return behind === null || contrastRatio(text, behind) >= MIN_TEXT_CONTRAST;
  }

  const candidates = verdicts.flatMap((v, i) => (v.visible ? [i] : []));
  if (candidates.length === 0) return verdicts;
  const scan = scanPainters(doc, options.scanLimit);
  // A record of what was visible (not a fill) may skip the scan of a large page: the fill's own proof scans.
  if (!scan.complete && options.scanRequired !== false)
    return verdicts.map((v) => (v.visible ? { visible: false, reason: 'unprovable' } : v));
  const inView = (box: Box): boolean => area(intersect(box, viewport)) > 0;
  for (const i of candidates) {
    const element = elements[i] as Element;
    const box = (verdicts[i] as { box: Box }).box;
    const ancestors = new Set<Element>();
    for (let node: Element | null = element; node; node = composedParent(node)) ancestors.add(node);
    const order = scan.orders.get(element) ?? Number.POSITIVE_INFINITY;
    if (!inView(box) && chain(element).behind) {
      verdicts[i] = { visible: false, reason: 'covered' };
      continue;
    }
    const covered = scan.painters.some(
      (p) =>
        !ancestors.has(p.element) &&
        !own(p.element) &&
        (p.kind !== 'box' || !inView(box)) &&
        paintsAfter(p, order) &&
        paintedShare(p, box) > MAX_COVERED_SHARE,
    );
    if (covered) verdicts[i] = { visible: false, reason: 'covered' };
  }

  const toHit = candidates.filter((i) => verdicts[i]?.visible && inView((verdicts[i] as { box: Box }).box));
  if (toHit.length === 0) return verdicts;
  const roots = toHit.flatMap((i) => {
    const root = (elements[i] as Element).getRootNode();
    return root instanceof ShadowRoot ? [doc, root] : [doc];
  });
  const hitAll = (): void => {
    for (const i of toHit)
      if (!onTop(elements[i] as Element, intersect((verdicts[i] as { box: Box }).box, viewport)))
        verdicts[i] = { visible: false, reason: 'covered' };
  };
  // Lifting pointer-events restyles the whole document once; a cheap record may hit-test as the page is.
  if (options.liftHitTesting === false) hitAll();
  else withForcedHitTesting(roots, hitAll);
  return verdicts;

  function onTop(element: Element, box: Box): boolean {
    const root = element.getRootNode();
    // In the document a field inside shadow trees shows as its outermost host: reaching that is reaching it.
    let outermost: Element = element;
    for (let r = outermost.getRootNode(); r instanceof ShadowRoot; r = outermost.getRootNode()) outermost = r.host;
    const layers: (readonly [Document | ShadowRoot, Element])[] =
      root instanceof ShadowRoot
        ? [
            [doc, outermost],
            [root, element],
          ]
        : [[doc, element]];
    return SAMPLES.every(([fx, fy]) => {
      const x = box.left + (box.right - box.left) * fx;
      const y = box.top + (box.bottom - box.top) * fy;
      return layers.every(([layer, target]) => {
        // Most points hit the field itself first: one hit-test answers; only otherwise the whole stack is read.
        if (target === element && layer.elementFromPoint(x, y) === target) return true;
        for (const hit of layer.elementsFromPoint(x, y)) {
          // A form control draws no ::before/::after; a shadow host standing for the field may.
          if (hit === target) return hit === element || !opaquePseudo(hit);
          if (own(hit)) continue;
          if (!seeThrough(hit)) return false;
        }
        return false;
      });
    });
  }

  /** A ::before or ::after with content that paints a surface (a cover made of CSS alone). Memoised per proof. */
  function opaquePseudo(element: Element): boolean {
    let known = pseudoMemo.get(element);
    if (known === undefined) {
      known = ['::before', '::after'].some((pseudo) => {
        const ps = view!.getComputedStyle(element, pseudo);
        return ps.content !== 'none' && ps.content !== 'normal' && paintsOpaque(ps);
      });
      pseudoMemo.set(element, known);
    }
    return known;
  }

  /**
   * An element above the field lets it show through: faded out, or painting no surface of its own or
   * of its pseudo-elements (a transparent floating label does; a white box or the field's own label
   * with a background does not).
   */
  function seeThrough(hit: Element): boolean {
    let known = seeThroughMemo.get(hit);
    if (known === undefined) {
      known = chain(hit).opacity < 0.1 || (!opaquePseudo(hit) && !paintsOpaque(view!.getComputedStyle(hit)));
      seeThroughMemo.set(hit, known);
    }
    return known;
  }
}

/** The first opaque background behind an element up the flat tree (white at the root), null when an image makes it unknown. Memoised. */
function createBackgroundReader(view: Window) {
  const memo = new Map<Element, Rgba | null>();
  return function backgroundOf(element: Element): Rgba | null {
    const pending: Element[] = [];
    let found: Rgba | null | undefined;
    for (let node: Element | null = element; node; node = composedParent(node)) {
      if (memo.has(node)) {
        found = memo.get(node);
        break;
      }
      pending.push(node);
      const cs = view.getComputedStyle(node);
      if (cs.backgroundImage && cs.backgroundImage !== 'none') {
        found = null;
        break;
      }
      const color = parseColor(cs.backgroundColor);
      if (color && color.a >= 0.5) {
        found = color;
        break;
      }
    }
    const result = found === undefined ? WHITE : found;
    for (const node of pending) memo.set(node, result);
    return result;
  };
}
