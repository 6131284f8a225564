import { t } from '../../platform/i18n.ts';
import { visibleNow } from '../fill/shown-fields.ts';
import { isCitizenFocus, type GestureRecord } from './focus-gesture.ts';
import { showHint } from './hint-button.ts';

/** Focus storms show the hint at most this often. */
const MIN_HINT_INTERVAL_MS = 1000;

/**
 * When the in-page hint appears (docs/SECURITY.md T10): only when the citizen focuses a visible
 * classified field, never on load, so a hidden tracker form gets no UI. A focus counts only right
 * after the citizen pressed a pointer on that field (or its label) or pressed Tab (focus-gesture.ts):
 * focus events are trusted even when a script called focus(). One hint per page kind; none at all
 * after the page tampered with one. Owns all of that state; the entry file only wires it.
 */
export function createHintPolicy(deps: {
  doc: Document;
  signal: AbortSignal;
  now: () => number;
  gestures: () => GestureRecord;
  /** Our own elements, never counted as covering a field; the hint's host is registered here. */
  own: { has: (element: Element) => boolean; add: (element: Element) => void };
  activate: (action: 'signin' | 'fill') => void;
}) {
  let shownFor = '';
  let disabled = false;
  let current: AbortController | null = null;
  let offerable = new WeakSet<Element>();
  let offerableKind: 'login' | 'form' | 'none' = 'none';
  let lastHintAt = Number.NEGATIVE_INFINITY;
  const own = (element: Element): boolean => deps.own.has(element);

  function hide(): void {
    current?.abort();
    current = null;
  }
  deps.signal.addEventListener('abort', hide, { once: true });

  function offer(kind: 'login' | 'form', anchor: Element): void {
    if (disabled || (shownFor === kind && current && !current.signal.aborted)) return;
    shownFor = kind;
    hide();
    current = new AbortController();
    const host = showHint({
      doc: deps.doc,
      anchor,
      label: t(kind === 'login' ? 'hintSignIn' : 'hintFill'),
      signal: current.signal,
      onActivate: () => {
        shownFor = '';
        deps.activate(kind === 'login' ? 'signin' : 'fill');
      },
      onTampered: () => {
        disabled = true;
      },
    });
    if (host) deps.own.add(host);
  }

  deps.doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      if (!event.isTrusted || !target || offerableKind === 'none' || !offerable.has(target)) return;
      if (!isCitizenFocus(target, deps.gestures(), deps.now(), (field) => [...((field as HTMLInputElement).labels ?? [])])) return;
      if (deps.now() - lastHintAt < MIN_HINT_INTERVAL_MS || !visibleNow(deps.doc, [target], own).has(target)) return;
      lastHintAt = deps.now();
      offer(offerableKind, target);
    },
    { capture: true, signal: deps.signal },
  );

  return {
    /** The fields of the last classification, whose focus may show the hint for this page kind. */
    classified(fields: readonly Element[], kind: 'login' | 'form' | 'none'): void {
      offerable = new WeakSet(fields);
      offerableKind = kind;
    },
    hide,
  };
}
