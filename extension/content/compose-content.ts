import type { FieldOverride } from '../../shared/domain/portal.ts';
import type { ContentProtocol } from '../../shared/protocol/content-protocol.ts';
import type { RequestFn } from '../../shared/protocol/request-client.ts';
import { trackFieldHistory } from './fill/field-history.ts';
import { recordGestureTimes } from './fill/gesture-start.ts';
import { createSeenFields } from './fill/seen-fields.ts';
import { visibleNow } from './fill/shown-fields.ts';
import { installSubmissionGuard } from './fill/submission-guard.ts';
import { createPageDetection } from './page-detection.ts';
import { startContent } from './start-content.ts';
import { recordGestures } from './ui/focus-gesture.ts';
import { createHintPolicy } from './ui/hint-policy.ts';

/**
 * The content script's parts, made at document_start before any page script runs, so the page cannot
 * put a listener ahead of theirs: the field history, the gesture records, the hint policy, the page
 * detection and the submission guard. `start` wires the rest once the document is parsed.
 */
export function composeContent(deps: {
  win: Window;
  doc: Document;
  signal: AbortSignal;
  /** Ends this script's work (a stale or invalidated extension context). */
  abort: () => void;
  request: RequestFn<ContentProtocol>;
  overrides: readonly FieldOverride[];
  now: () => number;
}): { start: () => void } {
  const { win, doc, signal, request, overrides, now, abort } = deps;
  /** Our own hosts (hint, feedback): never counted as a cover over a field, nor as a change of the page. */
  const own = new WeakSet<Element>();
  const isOwn = (element: Element): boolean => own.has(element);
  // From the start: a value the citizen typed before a fill is theirs; any other was the page's (decide-prefill.ts).
  const history = trackFieldHistory(doc, signal);
  const seen = createSeenFields();
  const gestures = recordGestures(doc, signal, now);
  const hint = createHintPolicy({
    doc,
    signal,
    now,
    gestures,
    own,
    activate: (action) => void request('hint.activate', { action }),
  });
  const detection = createPageDetection({
    doc,
    signal,
    overrides,
    now,
    seen,
    own: isOwn,
    onClassified: (fields, kind) => hint.classified(fields, kind),
    // A stale or invalidated extension context (update, reload) ends this script's work.
    report: (report) =>
      void request('page.detected', report).then((answer) => {
        if (!answer.ok && answer.error.code === 'INTERNAL') abort();
      }),
  });
  // What is visible of the classified fields is recorded when a gesture begins (fill/seen-fields.ts).
  const gestureTimes = win.top === win ? recordGestureTimes(win, signal, now, (at) => detection.recordAtGesture(at)) : null;
  const guard = installSubmissionGuard({
    win,
    signal,
    stillVisible: (elements) => {
      const visible = visibleNow(doc, elements, isOwn);
      return elements.map((e) => visible.has(e));
    },
    onWithdrawn: (fields) => void request('fill.withdrawn', { kinds: [...new Set(fields.map((f) => f.kind))] }),
  });
  return {
    start: (): void =>
      void startContent({
        doc,
        win,
        signal,
        overrides,
        request,
        detection,
        hint,
        own,
        guard,
        history,
        seen,
        gestureTimes,
        now,
      }),
  };
}
