/** Quiet time after the last DOM change before the page is classified again. */
export const OBSERVE_DEBOUNCE_MS = 250;
/** Re-classifications allowed per window; a page that rebuilds itself in a loop is left alone after that. */
export const MAX_RECLASSIFICATIONS_PER_WINDOW = 20;
export const RECLASSIFY_WINDOW_MS = 10_000;

/**
 * Calls `onChange` when the page's forms may have changed (fields added or removed, steps shown or
 * hidden), debounced, owned by `signal`. A circuit breaker stops observing a page that keeps
 * rebuilding itself, so classification never runs in a loop; `onGiveUp` is told.
 */
export function observeForms(
  doc: Document,
  options: { signal: AbortSignal; onChange: () => void; onGiveUp?: () => void; debounceMs?: number },
): void {
  if (options.signal.aborted) return;
  const debounceMs = options.debounceMs ?? OBSERVE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const runs: number[] = [];
  const observer = new MutationObserver((records) => {
    if (!records.some(isRelevant)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = performance.now();
      while (runs.length > 0 && now - (runs[0] as number) > RECLASSIFY_WINDOW_MS) runs.shift();
      if (runs.length >= MAX_RECLASSIFICATIONS_PER_WINDOW) {
        observer.disconnect();
        options.onGiveUp?.();
        return;
      }
      runs.push(now);
      options.onChange();
    }, debounceMs);
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'type', 'disabled', 'open'] });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
}

/** Only changes that can add, remove, show or hide a form control matter. */
function isRelevant(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  const touchesControl = (nodes: NodeList): boolean =>
    [...nodes].some((node) => node.nodeType === 1 && (/^(INPUT|SELECT|TEXTAREA|FORM|FIELDSET)$/.test((node as Element).tagName) || !!(node as Element).querySelector?.('input, select, textarea')));
  return touchesControl(record.addedNodes) || touchesControl(record.removedNodes);
}
