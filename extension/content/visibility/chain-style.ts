import { composedParent } from './composed-parent.ts';
import { readFilter } from './css-values.ts';
import { intersect, type Box } from './rect.ts';

/** What an element and all its flat-tree ancestors do to what is drawn inside them. */
export interface ChainEffect {
  /** Product of opacity and filter opacity() from this element up to the root. */
  readonly opacity: number;
  /** The first reason anything on the chain hides its content (mask, clip-path, blend, filter), or null. */
  readonly hides: string | null;
  /** Intersection of the boxes of ancestors that clip (overflow hidden or clip), or null when none does. */
  readonly clip: Box | null;
  /** A scrolling ancestor too small to show anything (its content cannot be scrolled into view). */
  readonly tinyScroller: boolean;
  /**
   * Something on the chain is positioned with a negative z-index: it is painted below the page's
   * backgrounds unless its stacking context is transparent. Where a hit-test can look (the viewport)
   * it decides; elsewhere such a field does not count as visible.
   */
  readonly behind: boolean;
}

const BLENDS_THAT_KEEP_TEXT = new Set(['normal', 'multiply', 'darken']);
/** Smallest side of a scrolling box that still shows a field when scrolled to it. */
const MIN_SCROLLER_PX = 8;

/**
 * Effects of the whole flat-tree chain, memoised per element for one proof: each ancestor is read
 * once however many fields sit below it, so no depth limit is needed and a 10,000-level page costs
 * 10,000 reads, not 10,000 per field. The walk is iterative (no recursion to overflow).
 */
export function createChainReader(view: Window) {
  const memo = new Map<Element, ChainEffect>();
  const own = (
    element: Element,
    cs: CSSStyleDeclaration,
  ): { opacity: number; hides: string | null; clip: Box | null; tinyScroller: boolean; behind: boolean } => {
    const filter = readFilter(cs.filter);
    const opacity = (Number.parseFloat(cs.opacity) || 0) * filter.opacity;
    const mask = cs.getPropertyValue('mask-image') || cs.getPropertyValue('-webkit-mask-image');
    const hides =
      filter.hides ??
      (mask && mask !== 'none' ? 'mask' : null) ??
      (cs.clipPath && cs.clipPath !== 'none' ? 'clip-path' : null) ??
      (cs.mixBlendMode && !BLENDS_THAT_KEEP_TEXT.has(cs.mixBlendMode) ? 'blend' : null) ??
      (cs.getPropertyValue('clip') && !['auto', ''].includes(cs.getPropertyValue('clip')) && cs.position !== 'static' ? 'clip' : null);
    const clips = (o: string): boolean => o === 'hidden' || o === 'clip';
    const scrolls = (o: string): boolean => o === 'auto' || o === 'scroll';
    const isRoot = element === element.ownerDocument.documentElement || element === element.ownerDocument.body;
    let clip: Box | null = null;
    let tinyScroller = false;
    if (!isRoot && (clips(cs.overflowX) || clips(cs.overflowY))) {
      const r = element.getBoundingClientRect();
      clip = {
        left: clips(cs.overflowX) ? r.left : -Infinity,
        right: clips(cs.overflowX) ? r.right : Infinity,
        top: clips(cs.overflowY) ? r.top : -Infinity,
        bottom: clips(cs.overflowY) ? r.bottom : Infinity,
      };
    }
    if (!isRoot && (scrolls(cs.overflowX) || scrolls(cs.overflowY))) {
      const r = element.getBoundingClientRect();
      tinyScroller = r.width < MIN_SCROLLER_PX || r.height < MIN_SCROLLER_PX;
    }
    const behind = cs.position !== 'static' && (Number.parseInt(cs.zIndex, 10) || 0) < 0;
    return { opacity, hides, clip, tinyScroller, behind };
  };

  return function effectOf(element: Element): ChainEffect {
    const pending: Element[] = [];
    let node: Element | null = element;
    while (node && !memo.has(node)) {
      pending.push(node);
      node = composedParent(node);
    }
    let above: ChainEffect = node
      ? (memo.get(node) as ChainEffect)
      : { opacity: 1, hides: null, clip: null, tinyScroller: false, behind: false };
    for (let i = pending.length - 1; i >= 0; i--) {
      const current = pending[i] as Element;
      const mine = own(current, view.getComputedStyle(current));
      // An element's own overflow clips its descendants, not itself: a field is judged by its parent's clip.
      const effect: ChainEffect = {
        opacity: above.opacity * mine.opacity,
        hides: above.hides ?? mine.hides,
        clip: mine.clip ? (above.clip ? intersect(above.clip, mine.clip) : mine.clip) : above.clip,
        tinyScroller: above.tinyScroller || mine.tinyScroller,
        behind: above.behind || mine.behind,
      };
      memo.set(current, effect);
      above = effect;
    }
    return memo.get(element) as ChainEffect;
  };
}

export type ChainReader = ReturnType<typeof createChainReader>;
