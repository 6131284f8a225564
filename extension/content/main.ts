import { findPortalByOrigin } from '../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../shared/domain/shipped-portals.ts';
import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { dispatchRequest } from '../../shared/protocol/dispatch-request.ts';
import { tabProtocol } from '../../shared/protocol/tab-protocol.ts';
import { browser } from '../platform/browser.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';
import { classifyPage } from './classify/classify-page.ts';
import { collectPage } from './collect/collect-page.ts';
import { observeForms } from './collect/observe-forms.ts';
import { tabHandlers } from './fill/tab-handlers.ts';
import { isFillable } from './fill/is-fillable.ts';
import { watchManualSignIn } from './fill/offer-credential.ts';
import { showHint } from './ui/hint-button.ts';
import { t } from '../platform/i18n.ts';

// Composition root of the content script. It runs only on registry origins (registered by the
// background), in the top frame, and exposes nothing to the page: no DOM marks, no page-visible
// events. It tells the background what kind of page this is and which kinds of fields it has —
// never a value — and classifies again when a single-page app or wizard changes its fields.

const controller = new AbortController();
addEventListener('pagehide', () => controller.abort(), { once: true });
const request = backgroundClient(contentProtocol);
let lastReport = '';
const overrides = findPortalByOrigin(SHIPPED_PORTALS, location.origin)?.fieldOverrides ?? [];

/** One hint per page kind; none at all after the page tampered with it. */
let hintShownFor = '';
let hintDisabled = false;
let hintController: AbortController | null = null;

function hideHint(): void {
  hintController?.abort();
  hintController = null;
}

function offerHint(kind: 'login' | 'form', anchor: Element): void {
  if (hintDisabled || hintShownFor === kind) return;
  hintShownFor = kind;
  hideHint();
  hintController = new AbortController();
  controller.signal.addEventListener('abort', hideHint, { once: true });
  showHint({
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
}

function detect(): void {
  const { snapshot, elements } = collectPage(document);
  const result = classifyPage(snapshot, { overrides });
  const firstField = result.fields.find((f) => f.kind && elements[f.index] && isFillable(elements[f.index] as HTMLElement));
  if (firstField && result.kind !== 'none') offerHint(result.kind, elements[firstField.index] as Element);
  const kinds = [...new Set(result.fields.flatMap((f) => (f.kind ? [f.kind] : [])))].sort();
  const report = { kind: result.kind, kinds, eidLinks: Math.min(snapshot.eidLinks, 99) };
  const key = JSON.stringify(report);
  if (key === lastReport) return;
  lastReport = key;
  // A stale or invalidated extension context (update, reload) ends this script's work.
  void request('page.detected', report).then((response) => {
    if (!response.ok && response.error.code === 'INTERNAL') controller.abort();
  });
}

if (window.top === window) {
  detect();
  observeForms(document, { signal: controller.signal, onChange: detect });
  const handlers = tabHandlers({ doc: document, overrides, signal: controller.signal, beforeFill: hideHint });
  // Only our own background may ask for a preview or a fill: same extension id, and no tab (a
  // content script of another page always has one).
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) =>
    dispatchRequest(message, { spec: tabProtocol, handlers, sender: sender.id === browser.runtime.id && sender.tab === undefined ? 'background' : null, ctx: undefined });
  browser.runtime.onMessage.addListener(onMessage);
  watchManualSignIn({ doc: document, overrides, signal: controller.signal, offer: (credential) => void request('credential.offer', credential) });
  controller.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}
