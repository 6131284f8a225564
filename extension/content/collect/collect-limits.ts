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
