import { findPortalByOrigin } from '../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../shared/domain/shipped-portals.ts';
import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';
import { trackFieldHistory } from './fill/field-history.ts';
import { recordGestureTimes } from './fill/gesture-start.ts';
import { createSeenFields } from './fill/seen-fields.ts';
import { visibleNow } from './fill/shown-fields.ts';
import { installSubmissionGuard } from './fill/submission-guard.ts';
import { createPageDetection } from './page-detection.ts';
import { startContent } from './start-content.ts';
import { recordGestures } from './ui/focus-gesture.ts';
import { createHintPolicy } from './ui/hint-policy.ts';

// Composition root of the content script: it runs only on registry origins, in the top frame, from
// document_start, and exposes nothing to the page (no DOM marks, no page-visible events). What is
// installed here runs before any page script, so the page cannot put a listener ahead of these.

const controller = new AbortController();
const { signal } = controller;
addEventListener('pagehide', () => controller.abort(), { once: true });
const now = (): number => performance.now();
const request = backgroundClient(contentProtocol);
const overrides = findPortalByOrigin(SHIPPED_PORTALS, location.origin)?.fieldOverrides ?? [];
/** Our own hosts (hint, feedback): never counted as a cover over a field, nor as a change of the page. */
const own = new WeakSet<Element>();
const isOwn = (element: Element): boolean => own.has(element);
// From the start: a value the citizen typed before a fill is theirs; any other was the page's (decide-prefill.ts).
const history = trackFieldHistory(document, signal);
const seen = createSeenFields();
const gestures = recordGestures(document, signal, now);
const hint = createHintPolicy({ doc: document, signal, now, gestures, own, activate: (action) => void request('hint.activate', { action }) });
const detection = createPageDetection({
  doc: document, signal, overrides, now, seen, own: isOwn,
  onClassified: (fields, kind) => hint.classified(fields, kind),
  // A stale or invalidated extension context (update, reload) ends this script's work.
  report: (report) => void request('page.detected', report).then((answer) => { if (!answer.ok && answer.error.code === 'INTERNAL') controller.abort(); }),
});
// What is visible of the classified fields is recorded when a gesture begins (fill/seen-fields.ts).
const gestureTimes = window.top === window ? recordGestureTimes(window, signal, now, (at) => detection.recordAtGesture(at)) : null;
const guard = installSubmissionGuard({
  win: window, signal,
  stillVisible: (elements) => {
    const visible = visibleNow(document, elements, isOwn);
    return elements.map((e) => visible.has(e));
  },
  onWithdrawn: (fields) => void request('fill.withdrawn', { kinds: [...new Set(fields.map((f) => f.kind))] }),
});
const start = (): void => void startContent({ doc: document, win: window, signal, overrides, request, detection, hint, own, guard, history, seen, gestureTimes, now });

if (window.top === window) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal });
  else start();
}
