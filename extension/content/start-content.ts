import type { FieldOverride } from '../../shared/domain/portal.ts';
import type { ContentProtocol } from '../../shared/protocol/content-protocol.ts';
import { dispatchRequest } from '../../shared/protocol/dispatch-request.ts';
import type { RequestFn } from '../../shared/protocol/request-client.ts';
import { tabProtocol } from '../../shared/protocol/tab-protocol.ts';
import { browser } from '../platform/browser.ts';
import { t } from '../platform/i18n.ts';
import { watchEidActivation } from './eid-link/watch-eid-activation.ts';
import { observeForms } from './collect/observe-forms.ts';
import type { FieldHistory } from './fill/field-history.ts';
import { gestureStart, type GestureTimes } from './fill/gesture-start.ts';
import { watchManualSignIn } from './fill/offer-credential.ts';
import type { SeenFields } from './fill/seen-fields.ts';
import type { SubmissionGuard } from './fill/submission-guard.ts';
import { tabHandlers } from './fill/tab-handlers.ts';
import { openedByAnotherSite } from './opened-by-another-site.ts';
import type { createPageDetection } from './page-detection.ts';
import { createFillFeedback } from './ui/fill-feedback-presenter.ts';
import type { createHintPolicy } from './ui/hint-policy.ts';

/**
 * Everything that needs the parsed document, once it is there: detection, the background's tab
 * handlers, the eID link watch and the manual sign-in offer. A portal page opened by another site
 * stays silent: no report, hint or fill (docs/SECURITY.md T11).
 */
export async function startContent(deps: {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  overrides: readonly FieldOverride[];
  request: RequestFn<ContentProtocol>;
  detection: ReturnType<typeof createPageDetection>;
  hint: ReturnType<typeof createHintPolicy>;
  own: { has: (element: Element) => boolean; add: (element: Element) => void };
  guard: SubmissionGuard;
  history: FieldHistory;
  seen: SeenFields;
  gestureTimes: (() => GestureTimes) | null;
  now: () => number;
}): Promise<void> {
  const { doc, signal, request, detection } = deps;
  const opened = openedByAnotherSite(deps.win, doc);
  if (opened !== null) {
    const answer = await request('page.opened', { byAnotherSite: opened });
    if (!answer.ok || answer.value.silent) return;
  }
  detection.watchChanges();
  void detection.detect();
  // Started at DOMContentLoaded, when stylesheets may still be loading (Firefox then lays out unstyled):
  // once more when the page has loaded, as a content script run at document_idle would see it.
  if (doc.readyState !== 'complete') deps.win.addEventListener('load', () => void detection.detect(), { once: true, signal });
  observeForms(doc, { signal, onChange: () => void detection.detect() });
  const feedback = createFillFeedback({
    doc,
    signal,
    register: (host) => deps.own.add(host),
    t,
    openDetails: () => void request('fill.details', {}),
  });
  const handlers = tabHandlers({
    doc,
    overrides: deps.overrides,
    signal,
    own: (element) => deps.own.has(element),
    guard: deps.guard,
    history: deps.history,
    onFilled: feedback.show,
    beforeFill: () => {
      deps.hint.hide();
      feedback.hide();
    },
    seenBeforeGesture: () => {
      const began = deps.gestureTimes ? gestureStart(deps.gestureTimes(), deps.now()) : null;
      return began === null ? undefined : deps.seen.before(began);
    },
  });
  // Only our own background may ask for a preview or a fill: same extension id, and no tab (a
  // content script of another page always has one).
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    dispatchRequest(message, {
      spec: tabProtocol,
      handlers,
      sender: sender.id === browser.runtime.id && sender.tab === undefined ? 'background' : null,
      ctx: undefined,
    });
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  watchEidActivation({
    doc,
    signal,
    activate: async (url) => {
      const answer = await request('eid.activate', { url });
      return answer.ok && answer.value.handled;
    },
  });
  watchManualSignIn({ doc, overrides: deps.overrides, signal, offer: (credential) => void request('credential.offer', credential) });
}
