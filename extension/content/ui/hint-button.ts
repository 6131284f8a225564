import { dom } from '../collect/dom-reads.ts';
import { ownHostTag } from './own-host-tag.ts';
import { proveHintVisible, type HintParts } from './prove-hint-visible.ts';

/** Mutation callbacks allowed without a quiet period before the hint gives up on the page. */
export const MAX_TAMPER_CALLBACKS = 100;
export const TAMPER_QUIET_MS = 2000;
/** How often the shown hint proves its visibility again, for changes no mutation reports. */
const REPROVE_MS = 250;
/** The button is 13 px text with padding (about 28 px high); smaller on screen means a page shrank it (zoom, scale). */
const MIN_BUTTON_SIZE = { width: 60, height: 24 };

export interface HintOptions {
  readonly doc: Document;
  /** The field the hint sits next to. */
  readonly anchor: Element;
  readonly label: string;
  readonly onActivate: () => void;
  /** Told when the page interfered and the hint was torn down for good. */
  readonly onTampered: () => void;
  readonly signal: AbortSignal;
}

/**
 * The in-page hint (docs/SECURITY.md §3.2): an element with a random tag name and a closed shadow root,
 * shown in the top layer as a manual popover. It proves its own visibility from what is rendered
 * (prove-hint-visible.ts) when shown, at every re-raise and at the click; when the proof fails nothing
 * is shown and a click does nothing. It acts only on trusted clicks. A mutation guard reverts
 * tampering, keeps the host the last child of `<body>` and on top; a page that keeps tampering gets the
 * hint torn down for good. The hint holds no value: it only asks the background. Returns the host
 * (so fill checks can tell it from a page's cover), or null when nothing was shown.
 */
export function showHint(options: HintOptions): Element | null {
  const { doc } = options;
  // Through the prototype: `<img name="body">` must not become the hint's parent.
  const body = dom.body(doc);
  if (!body || options.signal.aborted) return null;
  const host = doc.createElement(ownHostTag());
  const root = host.attachShadow({ mode: 'closed' });
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = options.label;
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial}button{all:initial;font:600 13px/1.2 system-ui,sans-serif;background:#00466e;color:#fff;border-radius:4px;padding:6px 10px;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.3)}button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}`;
  root.append(style, button);

  /** The hint's own size once shown (a guess before that). */
  let size = { width: 200, height: 28 };
  const hostStyle = (): string => {
    const { top, left } = placeHint(options.anchor.getBoundingClientRect(), size, {
      width: doc.documentElement.clientWidth || 800,
      height: doc.documentElement.clientHeight || 600,
    });
    return `all:initial;position:fixed;top:${top}px;left:${left}px;margin:0;padding:0;border:0;background:transparent;opacity:1;transform:none;filter:none;clip-path:none;z-index:2147483647;display:block;visibility:visible;pointer-events:auto`;
  };
  let torn = false;
  let parts: HintParts | null = null;
  // Chromium's IntersectionObserver v2 reports whether the host is painted unoccluded and untransformed.
  let occluded: boolean | null = null;
  const visibilityObserver = trackVisibility(host, (visible) => {
    occluded = !visible;
  });
  // No verdict yet (the first comes after 100 ms) counts as unknown: the computed proof decides alone.
  const occlusion = (): boolean | null => (visibilityObserver && occluded !== null ? !occluded : null);
  /** Puts back what was changed; writes nothing that is already right, so it does not feed its own observer. */
  const raise = (options_?: { reshow?: boolean }): void => {
    if (torn) return;
    if (host.parentNode !== body || body.lastElementChild !== host) body.append(host);
    const wanted = hostStyle();
    if (host.getAttribute('style') !== wanted) host.setAttribute('style', wanted);
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    try {
      if (options_?.reshow && host.matches(':popover-open')) host.hidePopover();
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      tearDown();
    }
  };
  const tearDown = (tampered = false): void => {
    if (torn) return;
    torn = true;
    observer.disconnect();
    clearInterval(watch);
    visibilityObserver?.disconnect();
    host.remove();
    if (tampered) options.onTampered();
  };

  let burst = 0;
  let lastCallback = 0;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    burst = now - lastCallback > TAMPER_QUIET_MS ? 1 : burst + 1;
    lastCallback = now;
    if (burst > MAX_TAMPER_CALLBACKS) return tearDown(true);
    raise();
    if (!parts || !proveHintVisible(parts)) tearDown();
  });

  // A page can restyle the hint without touching it (a new stylesheet rule, an animation): no mutation
  // tells us. So the proof also runs on a timer while the hint is up, and on any press on the host (a
  // press on a pseudo-element cover lands on the host, not on our button).
  const watch = setInterval(() => {
    if (!parts || !proveHintVisible(parts)) tearDown();
  }, REPROVE_MS);
  host.addEventListener(
    'pointerdown',
    () => {
      if (!parts || !proveHintVisible(parts)) tearDown();
    },
    { capture: true, signal: options.signal },
  );
  button.addEventListener('click', (event) => {
    if (!event.isTrusted || torn) return;
    // At the click: the hint must still be proven visible, and the topmost element where it was hit.
    if (!parts || !proveHintVisible(parts, { x: event.clientX, y: event.clientY }, occlusion)) return tearDown();
    options.onActivate();
    tearDown();
  });
  // Another popover or modal dialog opening takes the top layer: take it back, or close if we cannot.
  doc.addEventListener(
    'toggle',
    (event) => {
      if (event.target === host || event.newState !== 'open') return;
      raise({ reshow: true });
      if (!parts || !proveHintVisible(parts)) tearDown();
    },
    { capture: true, signal: options.signal },
  );
  options.signal.addEventListener('abort', () => tearDown(), { once: true });
  doc.defaultView?.addEventListener('scroll', () => raise(), { passive: true, capture: true, signal: options.signal });
  doc.defaultView?.addEventListener('resize', () => raise(), { passive: true, signal: options.signal });

  raise();
  // Placed once more with its real size (font and label length differ by page and language). The
  // button's own size is measured inside our closed shadow root, which page styles cannot reach.
  const shown = host.getBoundingClientRect();
  if (shown.width > 0) size = { width: shown.width, height: shown.height };
  raise();
  parts = { host, button, size: MIN_BUTTON_SIZE };
  if (!proveHintVisible(parts)) {
    tearDown();
    return null;
  }
  observer.observe(host, { attributes: true });
  observer.observe(body, { childList: true, attributes: true, attributeFilter: ['style', 'class'] });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return host;
}

/** IntersectionObserver v2 where the browser has it (Chromium): null elsewhere. */
function trackVisibility(target: Element, report: (visible: boolean) => void): IntersectionObserver | null {
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        // `isVisible` is v2's field, absent from the standard typings.
        const last = entries.at(-1);
        const visible: unknown = last ? Reflect.get(last, 'isVisible') : undefined;
        if (typeof visible === 'boolean') report(visible);
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    if (!('trackVisibility' in observer) || (observer as { trackVisibility?: boolean }).trackVisibility !== true) {
      observer.disconnect();
      return null;
    }
    observer.observe(target);
    return observer;
  } catch {
    return null;
  }
}

/**
 * Where the hint goes, in viewport pixels: beside the field when there is room; on narrow layouts
 * inside the field's right end (as password managers place their icon), which covers neither the
 * label above nor the next field, when the field keeps room to type; else below the field, or above
 * it at the bottom of the viewport. Always inside the viewport.
 */
export function placeHint(
  field: { top: number; right: number; bottom: number; left: number; height: number; width: number },
  hint: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const gap = 6;
  const clampLeft = (left: number): number => Math.max(0, Math.min(left, viewport.width - hint.width));
  const clampTop = (top: number): number => Math.max(0, Math.min(top, viewport.height - hint.height));
  const centred = field.top + (field.height - hint.height) / 2;
  if (field.right + gap + hint.width <= viewport.width) return { top: clampTop(centred), left: field.right + gap };
  if (field.width >= hint.width + 80 && field.height >= hint.height)
    return { top: clampTop(centred), left: clampLeft(field.right - hint.width - 2) };
  const below = field.bottom + 2;
  const top = below + hint.height <= viewport.height ? below : field.top - hint.height - 2;
  return { top: clampTop(top), left: clampLeft(field.right - hint.width) };
}
