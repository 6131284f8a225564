import { composedParent } from '../visibility/composed-parent.ts';
import { readFilter } from '../visibility/css-values.ts';

/**
 * What the hint's host must compute to. Our inline style asks for these; a page rule with
 * `!important` (on `:popover-open`, `[popover]`, `body > :last-child` …) or an animation can override
 * any of them, and then the hint is not what the citizen sees.
 */
const HOST_EXPECTED: Readonly<Record<string, (value: string) => boolean>> = {
  display: (v) => v === 'block',
  visibility: (v) => v === 'visible',
  opacity: (v) => Number.parseFloat(v) === 1,
  filter: (v) => v === 'none',
  'backdrop-filter': (v) => v === 'none' || v === '',
  transform: (v) => v === 'none',
  translate: (v) => v === 'none' || v === '',
  scale: (v) => v === 'none' || v === '',
  rotate: (v) => v === 'none' || v === '',
  'clip-path': (v) => v === 'none',
  'mask-image': (v) => v === 'none' || v === '',
  '-webkit-mask-image': (v) => v === 'none' || v === '',
  'mix-blend-mode': (v) => v === 'normal',
  'overflow-x': (v) => v === 'visible',
  'overflow-y': (v) => v === 'visible',
  'outline-style': (v) => v === 'none',
  'content-visibility': (v) => v === 'visible' || v === '',
  zoom: (v) => v === '1' || v === '' || v === 'normal',
};

/** Smallest share of its expected size the hint's button must have on screen. */
const MIN_SIZE_SHARE = 0.9;
const SAMPLES: readonly (readonly [number, number])[] = [
  [0.5, 0.5],
  [0.2, 0.3],
  [0.8, 0.3],
  [0.2, 0.7],
  [0.8, 0.7],
];

export interface HintParts {
  readonly host: HTMLElement;
  readonly button: HTMLElement;
  /** The button's size when first laid out (our own style decides it). */
  readonly size: { readonly width: number; readonly height: number };
}

/**
 * Proves from what is rendered that the hint is what the citizen sees (docs/SECURITY.md §3.2), at
 * render, at every re-raise and at the click: the host in the top layer (`:popover-open`), every
 * computed property above as we set it, no animation on it, no flat-tree ancestor faded, filtered or
 * masked, no pseudo-element content on the host, the
 * button at its own size and inside the viewport, the page's <html>/<body> opaque, and the host the
 * first element hit at five points of the button (and at the click point, when given). The last
 * IntersectionObserver v2 verdict is one more signal where the browser has it.
 */
export function proveHintVisible(parts: HintParts, at?: { x: number; y: number }, occlusion?: () => boolean | null): boolean {
  const { host, button } = parts;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view || !host.isConnected) return false;
  try {
    if (!host.matches(':popover-open')) return false;
  } catch {
    return false;
  }
  const cs = view.getComputedStyle(host);
  for (const [property, ok] of Object.entries(HOST_EXPECTED)) if (!ok(cs.getPropertyValue(property))) return false;
  for (const pseudo of ['::before', '::after']) {
    const content = view.getComputedStyle(host, pseudo).content;
    if (content !== 'none' && content !== 'normal' && content !== '') return false;
  }
  // Animations (CSS or element.animate(); with fill: 'forwards' they last) on the host or its button.
  if (host.getAnimations({ subtree: true }).length > 0) return false;
  // The top layer is drawn apart from its ancestors, but we hold them to the same rule: a page that fades,
  // filters or masks <html> or <body> (as a click-jacking lure does) gets no hint.
  for (let node: Element | null = composedParent(host); node; node = composedParent(node)) {
    const ancestor = view.getComputedStyle(node);
    const filter = readFilter(ancestor.filter);
    if ((Number.parseFloat(ancestor.opacity) || 0) < 1 || filter.opacity < 1 || filter.hides || ancestor.visibility !== 'visible')
      return false;
    const mask = ancestor.getPropertyValue('mask-image') || ancestor.getPropertyValue('-webkit-mask-image');
    if (mask && mask !== 'none') return false;
  }
  const rect = button.getBoundingClientRect();
  if (rect.width < parts.size.width * MIN_SIZE_SHARE || rect.height < parts.size.height * MIN_SIZE_SHARE) return false;
  if (rect.left < 0 || rect.top < 0 || rect.right > view.innerWidth || rect.bottom > view.innerHeight) return false;
  const points = SAMPLES.map(([fx, fy]) => [rect.left + rect.width * fx, rect.top + rect.height * fy] as const);
  if (at) points.push([at.x, at.y]);
  if (!points.every(([x, y]) => doc.elementsFromPoint(x, y)[0] === host)) return false;
  return occlusion?.() !== false;
}
