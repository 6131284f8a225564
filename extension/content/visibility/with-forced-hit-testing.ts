/** Makes every element of these roots hit-testable for the duration of `run`, then puts the page back. */
const FORCE_RULE = '*,*::before,*::after{pointer-events:auto!important}';

/**
 * A cover with `pointer-events: none` (or `inert`) is painted but invisible to hit-testing, so a plain
 * elementsFromPoint would look straight through it to the field. For the proof we switch that off:
 * a stylesheet forces pointer-events on in the document and in the field's shadow roots, inline
 * `pointer-events` declarations (which beat any sheet when important) are overridden one by one, and
 * `inert` is lifted. All of it happens synchronously inside one task and is undone in `finally`, so
 * neither the page's layout nor its state can be observed half-way (a MutationObserver sees the
 * changes afterwards; it learns only that a fill was checked, which the fill itself tells it).
 */
export function withForcedHitTesting<T>(roots: Iterable<Document | ShadowRoot>, run: () => T): T {
  const undo: (() => void)[] = [];
  try {
    for (const root of new Set(roots)) {
      const doc = root instanceof Document ? root : root.ownerDocument;
      const style = doc.createElement('style');
      style.textContent = FORCE_RULE;
      (root instanceof Document ? root.documentElement : root)?.append(style);
      undo.push(() => style.remove());
      for (const element of root.querySelectorAll<HTMLElement>('[style*="pointer-events" i]')) {
        const before = element.getAttribute('style');
        element.style.setProperty('pointer-events', 'auto', 'important');
        undo.push(() => (before === null ? element.removeAttribute('style') : element.setAttribute('style', before)));
      }
      for (const element of root.querySelectorAll('[inert]')) {
        const before = element.getAttribute('inert') ?? '';
        element.removeAttribute('inert');
        undo.push(() => element.setAttribute('inert', before));
      }
    }
    return run();
  } finally {
    for (let i = undo.length - 1; i >= 0; i--) (undo[i] as () => void)();
  }
}
