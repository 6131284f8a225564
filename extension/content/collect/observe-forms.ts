import { dom } from './dom-reads.ts';
import { MAX_RECLASSIFICATIONS_PER_WINDOW, OBSERVE_DEBOUNCE_MS, OBSERVE_MAX_WAIT_MS, RECLASSIFY_WINDOW_MS } from './collect-limits.ts';

/** The clock and timers the observer uses; injected in tests so the policy is checked without waiting. */
export interface ObserveClock {
  readonly now: () => number;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  readonly clearTimer: (timer: unknown) => void;
}

const realClock: ObserveClock = {
  now: () => performance.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Calls `onChange` when the page's forms may have changed (fields added or removed, steps shown or
 * hidden): after OBSERVE_DEBOUNCE_MS of quiet, or OBSERVE_MAX_WAIT_MS after the first unseen change,
 * owned by `signal`. A circuit breaker stops observing a page that keeps changing (more than
 * MAX_RECLASSIFICATIONS_PER_WINDOW calls in RECLASSIFY_WINDOW_MS), so classification never runs in a
 * loop; `onGiveUp` is told. A fill still collects the page afresh when the citizen asks for it.
 */
export function observeForms(
  doc: Document,
  options: { signal: AbortSignal; onChange: () => void; onGiveUp?: () => void; debounceMs?: number; clock?: ObserveClock },
): void {
  if (options.signal.aborted) return;
  const clock = options.clock ?? realClock;
  const debounceMs = options.debounceMs ?? OBSERVE_DEBOUNCE_MS;
  let timer: unknown;
  let firstPendingAt: number | null = null;
  const runs: number[] = [];
  const fire = (): void => {
    timer = undefined;
    firstPendingAt = null;
    const now = clock.now();
    while (runs.length > 0 && now - (runs[0] as number) > RECLASSIFY_WINDOW_MS) runs.shift();
    if (runs.length >= MAX_RECLASSIFICATIONS_PER_WINDOW) {
      observer.disconnect();
      options.onGiveUp?.();
      return;
    }
    runs.push(now);
    options.onChange();
  };
  const observer = new MutationObserver((records) => {
    if (!records.some(isRelevant)) return;
    const now = clock.now();
    firstPendingAt ??= now;
    if (timer !== undefined) clock.clearTimer(timer);
    timer = clock.setTimer(fire, Math.max(0, Math.min(debounceMs, firstPendingAt + OBSERVE_MAX_WAIT_MS - now)));
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'class', 'type', 'disabled', 'open'],
  });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clock.clearTimer(timer);
    },
    { once: true },
  );
}

const MAX_NODES_LOOKED_AT = 50;

/** Only changes that can add, remove, show or hide a form control matter. */
function isRelevant(record: MutationRecord): boolean {
  if (record.type === 'attributes') return true;
  // A record of more than MAX_NODES_LOOKED_AT nodes counts as relevant without looking further.
  const touchesControl = (nodes: NodeList): boolean => {
    if (nodes.length > MAX_NODES_LOOKED_AT) return true;
    for (const node of nodes) {
      if (
        node.nodeType === 1 &&
        (/^(INPUT|SELECT|TEXTAREA|FORM|FIELDSET)$/.test(dom.tag(node as Element)) || !!dom.query(node, 'input, select, textarea'))
      )
        return true;
    }
    return false;
  };
  return touchesControl(record.addedNodes) || touchesControl(record.removedNodes);
}
