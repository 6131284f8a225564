/**
 * Whether a focus came from the citizen. Focus events are trusted even when a page script called
 * `focus()`, and a transient user activation can be left over from a click elsewhere on the page, so
 * neither proves that the citizen chose this field (docs/SECURITY.md T10: a tracker that focuses fields
 * in a loop must never get our hint). A focus counts when, just before it, the citizen pressed a pointer
 * on the field itself (or on its label), or pressed Tab to move to it.
 */

/** How long after the pointer press or Tab key the focus may follow. */
export const GESTURE_WINDOW_MS = 1_000;

export interface GestureRecord {
  /** When the last trusted pointer press happened, and the elements under it (composed path). */
  readonly pointer: { readonly at: number; readonly path: readonly EventTarget[] } | null;
  /** When the last trusted Tab key went down. */
  readonly tabAt: number | null;
}

/** The pure decision: was `field` focused by the gesture on record, at time `now`? */
export function isCitizenFocus(
  field: Element,
  record: GestureRecord,
  now: number,
  labelsOf: (field: Element) => readonly Element[],
): boolean {
  if (record.tabAt !== null && now - record.tabAt <= GESTURE_WINDOW_MS) return true;
  const pointer = record.pointer;
  if (!pointer || now - pointer.at > GESTURE_WINDOW_MS) return false;
  if (pointer.path.includes(field)) return true;
  return labelsOf(field).some((label) => pointer.path.includes(label));
}

/** Records trusted pointer presses and Tab keys on `doc` (capture phase, owned by `signal`). */
export function recordGestures(doc: Document, signal: AbortSignal, now: () => number): () => GestureRecord {
  let record: GestureRecord = { pointer: null, tabAt: null };
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (event.isTrusted) record = { ...record, pointer: { at: now(), path: event.composedPath() } };
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Tab') record = { ...record, tabAt: now() };
    },
    { capture: true, signal },
  );
  return () => record;
}
