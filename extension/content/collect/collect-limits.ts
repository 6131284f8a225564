/** Elements visited at most; a page with more is classified from what was seen. */
export const MAX_NODES = 200_000;
/** Nested shadow roots followed at most. */
export const MAX_SHADOW_DEPTH = 16;
/** Nested same-origin iframes followed at most. */
export const MAX_FRAME_DEPTH = 3;
/**
 * Work per slice before the collector gives the page its turn. Collection never stops because the
 * machine is slow: it yields and goes on until the node and field caps, so a long application form on
 * an old laptop is read whole, and the page stays responsive (a slice stays far below the 50 ms of a
 * long task).
 */
export const SLICE_MS = 8;

/** Quiet time after the last DOM change before the page is classified again. */
export const OBSERVE_DEBOUNCE_MS = 250;
/**
 * Longest wait while changes keep coming: a page whose carousel or clock touches the DOM every
 * 200 ms is still classified at least this often (a pure debounce would never fire there). It is
 * shorter than the breaker's window divided by its runs, so a page that never stops changing is given up on.
 */
export const OBSERVE_MAX_WAIT_MS = 500;
/** Re-classifications allowed per window; a page that rebuilds itself in a loop is left alone after that. */
export const MAX_RECLASSIFICATIONS_PER_WINDOW = 10;
export const RECLASSIFY_WINDOW_MS = 10_000;
