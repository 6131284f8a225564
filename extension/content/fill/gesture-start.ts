/** How far back a gesture may lie before the fill request that it started. */
export const MAX_GESTURE_LEAD_MS = 60_000;

/** The last trusted events that can start a fill: a pointer press (the hint), a modifier key (the command), the page losing focus (the popup). */
export interface GestureTimes {
  readonly pointerAt: number | null;
  readonly modifierAt: number | null;
  readonly blurAt: number | null;
}

/**
 * When the citizen's fill gesture began (docs/SECURITY.md §3.1.5): the latest of those events before the
 * request, so fields a page reveals on `pointerdown`, on the Alt+Shift that precedes Alt+Shift+F or
 * when the popup takes focus are not yet part of what the citizen saw. Null when no such event came
 * in the last minute: every way a citizen starts a fill leaves one (recorded first in line, before any
 * page script), so none means nothing page-visible preceded the request, and what is visible when it
 * arrives is what counts.
 */
export function gestureStart(times: GestureTimes, requestAt: number): number | null {
  const candidates = [times.pointerAt, times.modifierAt, times.blurAt].filter(
    (t): t is number => t !== null && t <= requestAt && requestAt - t <= MAX_GESTURE_LEAD_MS,
  );
  return candidates.length > 0 ? Math.max(...candidates) : null;
}

const MODIFIERS = new Set(['Alt', 'AltGraph', 'Shift', 'Control', 'Meta', 'OS']);

/**
 * Records those events on the window in the capture phase. Installed at document_start, before any
 * page script, so no page listener can stop them from reaching us first — and none has run yet when
 * `onGesture` is called: what it records is the page as it was the instant the gesture began.
 */
export function recordGestureTimes(
  win: Window,
  signal: AbortSignal,
  now: () => number,
  onGesture: (at: number) => void = () => undefined,
): () => GestureTimes {
  let times: GestureTimes = { pointerAt: null, modifierAt: null, blurAt: null };
  const seen = (key: keyof GestureTimes): void => {
    const at = now();
    onGesture(at);
    times = { ...times, [key]: at };
  };
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) seen('pointerAt');
    },
    { capture: true, signal },
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && (MODIFIERS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey)) seen('modifierAt');
    },
    { capture: true, signal },
  );
  win.addEventListener(
    'blur',
    (event) => {
      if (event.isTrusted && event.target === win) seen('blurAt');
    },
    { capture: true, signal },
  );
  return () => times;
}
