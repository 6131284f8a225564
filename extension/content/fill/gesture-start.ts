/** How far back a gesture may lie before the fill request that it started. */
export const MAX_GESTURE_LEAD_MS = 60_000;
/**
 * Without any gesture on record, the fill counts as begun this long before its request arrived. Every
 * way a citizen starts a fill leaves one of the events below (recorded first in line, before any page
 * script), so none on record means no page-visible gesture preceded the request: nothing to race.
 */
export const FALLBACK_LEAD_MS = 0;

/** The last trusted events that can start a fill: a pointer press (the hint), a modifier key (the command), the page losing focus (the popup). */
export interface GestureTimes {
  readonly pointerAt: number | null;
  readonly modifierAt: number | null;
  readonly blurAt: number | null;
}

/**
 * When the citizen's fill gesture began (docs/SECURITY.md §3.1.5): the latest of those events before the
 * request, so fields a page reveals on `pointerdown`, on the Alt+Shift that precedes Alt+Shift+F or
 * when the popup takes focus are not yet part of what the citizen saw. No such event in the last
 * minute: the request itself.
 */
export function gestureStart(times: GestureTimes, requestAt: number): number {
  const candidates = [times.pointerAt, times.modifierAt, times.blurAt].filter((t): t is number => t !== null && t <= requestAt && requestAt - t <= MAX_GESTURE_LEAD_MS);
  return candidates.length > 0 ? Math.max(...candidates) : requestAt - FALLBACK_LEAD_MS;
}

const MODIFIERS = new Set(['Alt', 'AltGraph', 'Shift', 'Control', 'Meta', 'OS']);

/**
 * Records those events on the window in the capture phase. Installed at document_start, before any
 * page script, so no page listener can stop them from reaching us first.
 */
export function recordGestureTimes(win: Window, signal: AbortSignal, now: () => number): () => GestureTimes {
  let times: GestureTimes = { pointerAt: null, modifierAt: null, blurAt: null };
  win.addEventListener('pointerdown', (event) => {
    if (event.isTrusted) times = { ...times, pointerAt: now() };
  }, { capture: true, signal });
  win.addEventListener('keydown', (event) => {
    if (event.isTrusted && (MODIFIERS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey)) times = { ...times, modifierAt: now() };
  }, { capture: true, signal });
  win.addEventListener('blur', (event) => {
    if (event.isTrusted && event.target === win) times = { ...times, blurAt: now() };
  }, { capture: true, signal });
  return () => times;
}
