import { dom } from '../collect/dom-reads.ts';
import { ownHostTag } from './own-host-tag.ts';
/** How long the marks around the filled fields stay; the message stays a little longer. */
export const MARK_MS = 4_000;
export const MESSAGE_MS = 10_000;

export interface FeedbackOptions {
  readonly doc: Document;
  /** The fields this fill wrote. */
  readonly filled: readonly Element[];
  /** "7 Felder ausgefüllt, 2 vom Portal übernommen, 1 leer gelassen". */
  readonly message: string;
  readonly detailsLabel: string;
  readonly closeLabel: string;
  /** A trusted click on "Details". */
  readonly onDetails: () => void;
  readonly signal: AbortSignal;
}

/**
 * What a fill did, shown on the page (docs/SECURITY.md §3.1.10): a mark around each filled field and a
 * short message, drawn by Amtspass in the top layer — an element with a random tag name and a closed
 * shadow root, its own style inline and `!important`, shown as a manual popover — so page CSS neither
 * reaches nor imitates it. The message is a live region: screen readers hear the same words. Marks
 * and message go by themselves; the page's own content is never changed. Returns the host (our own
 * element: it counts as no cover over a field), or null when there is no body to show it in.
 */
export function showFillFeedback(options: FeedbackOptions): Element | null {
  const { doc } = options;
  // Through the prototype: `<img name="body">` must not become the feedback's parent.
  const body = dom.body(doc);
  if (!body || options.signal.aborted) return null;
  const host = doc.createElement(ownHostTag());
  host.setAttribute(
    'style',
    'all:initial !important;position:fixed !important;inset:0 !important;margin:0 !important;padding:0 !important;border:0 !important;background:transparent !important;' +
      'width:100vw !important;height:100vh !important;max-width:none !important;max-height:none !important;overflow:visible !important;opacity:1 !important;transform:none !important;filter:none !important;' +
      'clip-path:none !important;z-index:2147483647 !important;display:block !important;visibility:visible !important;pointer-events:none !important',
  );
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent =
    ':host{all:initial}' +
    '.mark{position:fixed;box-sizing:border-box;border:2px solid #1e6b34;border-radius:4px;box-shadow:0 0 0 2px rgba(255,255,255,.9);pointer-events:none}' +
    '.box{position:fixed;right:16px;bottom:16px;max-width:min(420px,calc(100vw - 32px));box-sizing:border-box;display:flex;gap:10px;align-items:center;flex-wrap:wrap;' +
    'font:14px/1.4 system-ui,sans-serif;color:#fff;background:#00466e;border-radius:6px;padding:10px 12px;box-shadow:0 2px 10px rgba(0,0,0,.35);pointer-events:auto}' +
    '.brand{font-weight:700}button{all:initial;font:600 13px/1.2 system-ui,sans-serif;color:#00466e;background:#fff;border-radius:4px;padding:5px 9px;cursor:pointer}' +
    'button.close{background:transparent;color:#fff;padding:2px 6px}button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}';
  const marks = doc.createElement('div');
  for (const field of options.filled) {
    const rect = field.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const mark = doc.createElement('div');
    mark.className = 'mark';
    mark.setAttribute('style', `top:${rect.top - 3}px;left:${rect.left - 3}px;width:${rect.width + 6}px;height:${rect.height + 6}px`);
    marks.append(mark);
  }
  const box = doc.createElement('div');
  box.className = 'box';
  const text = doc.createElement('span');
  // A live region announces what changes in it: it is put in empty and given its words a frame later.
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  const brand = doc.createElement('span');
  brand.className = 'brand';
  brand.textContent = 'Amtspass';
  const details = doc.createElement('button');
  details.type = 'button';
  details.textContent = options.detailsLabel;
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', options.closeLabel);
  box.append(brand, text, details, close);
  root.append(style, marks, box);

  let removed = false;
  const remove = (): void => {
    if (removed) return;
    removed = true;
    clearTimeout(markTimer);
    clearTimeout(messageTimer);
    host.remove();
  };
  details.addEventListener('click', (event) => {
    if (event.isTrusted) options.onDetails();
  });
  close.addEventListener('click', (event) => {
    if (event.isTrusted) remove();
  });
  // The marks are where the fields were: scrolling would leave them behind, so they go at once.
  doc.defaultView?.addEventListener('scroll', () => marks.remove(), { once: true, passive: true, capture: true, signal: options.signal });
  options.signal.addEventListener('abort', remove, { once: true });
  const markTimer = setTimeout(() => marks.remove(), MARK_MS);
  const messageTimer = setTimeout(remove, MESSAGE_MS);

  body.append(host);
  try {
    host.showPopover();
  } catch {
    // No popover support or a page that blocks it: the host is still fixed on top of the page.
  }
  const say = (): void => {
    text.textContent = options.message;
  };
  // Called on its window: a detached `requestAnimationFrame` throws in Firefox's content scripts.
  const view = doc.defaultView;
  if (view) view.requestAnimationFrame(say);
  else setTimeout(say, 0);
  return host;
}

/** "7 Felder ausgefüllt, 2 vom Portal übernommen, 1 leer gelassen": only the parts that are not zero. */
export function fillFeedbackMessage(
  counts: { filled: number; kept: number; unchanged: number; empty: number },
  t: (key: string, substitutions?: string[]) => string,
): string {
  const parts = [counts.filled === 1 ? t('feedbackFilledOne') : t('feedbackFilled', [String(counts.filled)])];
  if (counts.kept > 0) parts.push(t('feedbackKept', [String(counts.kept)]));
  if (counts.unchanged > 0) parts.push(t('feedbackUnchanged', [String(counts.unchanged)]));
  if (counts.empty > 0) parts.push(t('feedbackEmpty', [String(counts.empty)]));
  return parts.join(', ');
}
