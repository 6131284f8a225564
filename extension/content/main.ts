import { findPortalByOrigin } from '../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../shared/domain/shipped-portals.ts';
import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { dispatchRequest } from '../../shared/protocol/dispatch-request.ts';
import { tabProtocol } from '../../shared/protocol/tab-protocol.ts';
import { browser } from '../platform/browser.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';
import { classifyPage } from './classify/classify-page.ts';
import { fillKind, fillSlot } from './classify/fill-kind.ts';
import { collectPage, collectPageNow, yieldToEventLoop } from './collect/collect-page.ts';
import { observeForms } from './collect/observe-forms.ts';
import { trackFieldHistory } from './fill/field-history.ts';
import { tabHandlers } from './fill/tab-handlers.ts';
import { watchManualSignIn } from './fill/offer-credential.ts';
import { gestureStart, recordGestureTimes } from './fill/gesture-start.ts';
import { createSeenFields } from './fill/seen-fields.ts';
import { visibleNow } from './fill/shown-fields.ts';
import { installSubmissionGuard } from './fill/submission-guard.ts';
import { showHint } from './ui/hint-button.ts';
import { isCitizenFocus, recordGestures } from './ui/focus-gesture.ts';
import { watchEidActivation } from './eid/watch-eid-activation.ts';
import { openedByAnotherSite } from './opened-by-another-site.ts';
import { t } from '../platform/i18n.ts';
import { createFillFeedback } from './ui/fill-feedback-presenter.ts';

// Composition root of the content script. It runs only on registry origins (registered by the
// background), in the top frame, from document_start, and exposes nothing to the page: no DOM marks,
// no page-visible events. It tells the background what kind of page this is and which kinds of fields
// it has — never a value — and classifies again when a single-page app or wizard changes its fields.

const controller = new AbortController();

// From the start: a value the citizen typed before a fill is theirs; any other was the page's (decide-prefill.ts).

const history = trackFieldHistory(document, controller.signal);
addEventListener('pagehide', () => controller.abort(), { once: true });
const request = backgroundClient(contentProtocol);
const overrides = findPortalByOrigin(SHIPPED_PORTALS, location.origin)?.fieldOverrides ?? [];
const now = (): number => performance.now();

/** Every hint host we created: never counted as a cover over a field, nor as a change of the page. */
const hintHosts = new WeakSet<Element>();
const own = (element: Element): boolean => hintHosts.has(element);

const seen = createSeenFields();
/** The classified fields of the last classification, and the page's change count it was made at. */
let classifiedFields: readonly Element[] = [];
let classifiedAt = -1;
let pageChanges = 0;
/** Most nodes the gesture-time look at a changed page reads (it runs inside the citizen's input event). */
const GESTURE_COLLECT_MAX_NODES = 20_000;

// Installed before any page script runs (document_start): the page cannot put a listener ahead of these.
// When a gesture begins, what is visible of the classified fields is recorded before any page listener
// can move something into view (fill/seen-fields.ts). A page that changed since its last classification
// (the observer may be debouncing, or have given up on a page that never stops changing) is read again
// first, synchronously and bounded.
const gestureTimes = window.top === window
  ? recordGestureTimes(window, controller.signal, now, (at) => {
    if (!document.documentElement) return;
    if (classifiedAt !== pageChanges) {
      const { snapshot, elements } = collectPageNow(document, { maxNodes: GESTURE_COLLECT_MAX_NODES });
      classifiedFields = classifyPage(snapshot, { overrides }).fields.flatMap((f) => (fillSlot(f) && elements[f.index] ? [elements[f.index] as Element] : []));
      classifiedAt = pageChanges;
    }
    if (classifiedFields.length > 0) seen.record(at, visibleNow(document, classifiedFields, own, { record: true }));
  })
  : null;
const guard = installSubmissionGuard({
  win: window,
  signal: controller.signal,
  stillVisible: (elements) => {
    const visible = visibleNow(document, elements, own);
    return elements.map((e) => visible.has(e));
  },
  onWithdrawn: (fields) => void request('fill.withdrawn', { kinds: [...new Set(fields.map((f) => f.kind))] }),
});
const gestures = recordGestures(document, controller.signal, now);

/** One hint per page kind; none at all after the page tampered with it. */
let hintShownFor = '';
let hintDisabled = false;
let hintController: AbortController | null = null;

function hideHint(): void {
  hintController?.abort();
  hintController = null;
}

function offerHint(kind: 'login' | 'form', anchor: Element): void {
  if (hintDisabled || (hintShownFor === kind && hintController && !hintController.signal.aborted)) return;
  hintShownFor = kind;
  hideHint();
  hintController = new AbortController();
  controller.signal.addEventListener('abort', hideHint, { once: true });
  const host = showHint({
    doc: document,
    anchor,
    label: t(kind === 'login' ? 'hintSignIn' : 'hintFill'),
    signal: hintController.signal,
    onActivate: () => {
      hintShownFor = '';
      void request('hint.activate', { action: kind === 'login' ? 'signin' : 'fill' });
    },
    onTampered: () => {
      hintDisabled = true;
    },
  });
  if (host) hintHosts.add(host);
}

/** The fields of the last classification, for the focus that may show the hint. */
let offerable = new WeakSet<Element>();
let offerableKind: 'login' | 'form' | 'none' = 'none';
let lastHintAt = Number.NEGATIVE_INFINITY;

// The hint appears only when the citizen focuses a visible classified field, never on load: a hidden
// tracker form gets no UI (docs/SECURITY.md T10). A focus counts only right after the citizen pressed a
// pointer on that field (or its label) or pressed Tab (ui/focus-gesture.ts): focus events are trusted
// even when a script called focus(). Focus storms show the hint at most once a second.
document.addEventListener('focusin', (event) => {
  const target = event.target as Element | null;
  if (!event.isTrusted || !target || offerableKind === 'none' || !offerable.has(target)) return;
  if (!isCitizenFocus(target, gestures(), now(), (field) => [...((field as HTMLInputElement).labels ?? [])])) return;
  if (now() - lastHintAt < 1000 || !visibleNow(document, [target], own).has(target)) return;
  lastHintAt = now();
  offerHint(offerableKind, target);
}, { capture: true, signal: controller.signal });

/**
 * Collects and classifies the page (in slices, see collect-page.ts), records which classified fields
 * are visible now (what the citizen can see before any later gesture, fill/seen-fields.ts) and reports
 * what changed. One run at a time: a change during a run starts exactly one more run after it.
 */
let lastReport = '';
let detecting = false;
let detectAgain = false;
async function detect(): Promise<void> {
  if (detecting) {
    detectAgain = true;
    return;
  }
  detecting = true;
  try {
    do {
      detectAgain = false;
      const changesAtStart = pageChanges;
      const { snapshot, elements } = await collectPage(document, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const result = classifyPage(snapshot, { overrides });
      // Every field a fill may write, a child's as well as the citizen's: each must be seen before the gesture.
      const classified = result.fields.flatMap((f) => (fillSlot(f) && elements[f.index] ? [elements[f.index] as Element] : []));
      // The record is its own task: classification of a long page and the proof together would be one long task.
      await yieldToEventLoop();
      if (controller.signal.aborted) return;
      seen.record(now(), visibleNow(document, classified, own, { record: true }));
      classifiedFields = classified;
      classifiedAt = changesAtStart;
      offerable = new WeakSet(classified);
      offerableKind = result.kind;
      const kinds = [...new Set(result.fields.flatMap((f) => { const kind = fillKind(f); return kind ? [kind] : []; }))].sort();
      const report = { kind: result.kind, kinds, eidLinks: Math.min(snapshot.eidLinks, 99) };
      const key = JSON.stringify(report);
      if (key === lastReport) continue;
      lastReport = key;
      // A stale or invalidated extension context (update, reload) ends this script's work.
      void request('page.detected', report).then((response) => {
        if (!response.ok && response.error.code === 'INTERNAL') controller.abort();
      });
    } while (detectAgain && !controller.signal.aborted);
  } finally {
    detecting = false;
  }
}

/** Everything that needs the parsed document, once it is there. */
async function start(): Promise<void> {
  // A portal page opened by another site stays silent: no report, hint or fill (docs/SECURITY.md T11).
  const opened = openedByAnotherSite(window, document);
  if (opened !== null) {
    const answer = await request('page.opened', { byAnotherSite: opened });
    if (!answer.ok || answer.value.silent) return;
  }
  // Counts the page's changes, so a gesture knows whether the last classification still describes it.
  new MutationObserver(() => { pageChanges++; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  void detect();
  // Started at DOMContentLoaded, when stylesheets may still be loading (Firefox then lays out unstyled):
  // once more when the page has loaded, as a content script run at document_idle would see it.
  if (document.readyState !== 'complete') addEventListener('load', () => void detect(), { once: true, signal: controller.signal });
  observeForms(document, { signal: controller.signal, onChange: () => void detect() });
  const feedback = createFillFeedback({ doc: document, signal: controller.signal, register: (host) => hintHosts.add(host), t, openDetails: () => void request('fill.details', {}) });
  const handlers = tabHandlers({
    doc: document, overrides, signal: controller.signal, own, guard, history, onFilled: feedback.show,
    beforeFill: () => {
      hideHint();
      feedback.hide();
    },
    seenBeforeGesture: () => {
      const began = gestureStart((gestureTimes as NonNullable<typeof gestureTimes>)(), now());
      return began === null ? undefined : seen.before(began);
    },
  });
  // Only our own background may ask for a preview or a fill: same extension id, and no tab (a
  // content script of another page always has one).
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    dispatchRequest(message, { spec: tabProtocol, handlers, sender: sender.id === browser.runtime.id && sender.tab === undefined ? 'background' : null, ctx: undefined });
  browser.runtime.onMessage.addListener(onMessage);
  watchEidActivation({
    doc: document,
    signal: controller.signal,
    activate: async (url) => {
      const answer = await request('eid.activate', { url });
      return answer.ok && answer.value.handled;
    },
  });
  watchManualSignIn({ doc: document, overrides, signal: controller.signal, offer: (credential) => void request('credential.offer', credential) });
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}

if (window.top === window) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true, signal: controller.signal });
  else void start();
}
