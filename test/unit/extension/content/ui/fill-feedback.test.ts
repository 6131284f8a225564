// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedbackCounts } from '../../../../../extension/content/fill/feedback-counts.ts';
import { fillFeedbackMessage, MARK_MS, MESSAGE_MS, showFillFeedback } from '../../../../../extension/content/ui/fill-feedback.ts';

const GERMAN: Record<string, string> = {
  feedbackFilledOne: '1 Feld ausgefüllt',
  feedbackFilled: '$1 Felder ausgefüllt',
  feedbackKept: '$1 vom Portal übernommen',
  feedbackUnchanged: '$1 schon richtig',
  feedbackEmpty: '$1 leer gelassen',
};
const t = (key: string, substitutions: string[] = []): string => (GERMAN[key] ?? key).replace('$1', substitutions[0] ?? '');

/** Captures the closed shadow root the feedback makes, as only a test may. */
function captureRoot(): () => ShadowRoot {
  let root: ShadowRoot | null = null;
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'attachShadow')?.value as (
    this: Element,
    init: ShadowRootInit,
  ) => ShadowRoot;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = original.call(this, init);
    return root;
  });
  return () => root as unknown as ShadowRoot;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('what a fill did, in numbers and words', () => {
  it.each([
    [
      [
        { outcome: 'filled' },
        { outcome: 'filled' },
        { outcome: 'skipped', reason: 'prefilled' },
        { outcome: 'skipped', reason: 'no-person' },
        { outcome: 'skipped', reason: 'hidden' },
      ],
      '2 Felder ausgefüllt, 1 vom Portal übernommen, 1 leer gelassen',
    ],
    [[{ outcome: 'filled' }], '1 Feld ausgefüllt'],
    [
      [
        { outcome: 'skipped', reason: 'unchanged' },
        { outcome: 'rejected', reason: 'no-matching-option' },
      ],
      '0 Felder ausgefüllt, 1 schon richtig, 1 leer gelassen',
    ],
    [
      [
        { outcome: 'withdrawn', reason: 'hidden-after-write' },
        { outcome: 'skipped', reason: 'read-only' },
      ],
      '0 Felder ausgefüllt',
    ],
  ])('%j → %s', (outcomes, message) => {
    const counts = feedbackCounts(outcomes.map((o, index) => ({ index, kind: 'givenNames', ...o })) as never);
    expect(fillFeedbackMessage(counts, t)).toBe(message);
  });
});

describe('the feedback on the page', () => {
  it('marks each filled field, says the message in a live region, and goes by itself', async () => {
    vi.useFakeTimers();
    const root = captureRoot();
    document.body.innerHTML = '<input id="a"><input id="b"><input id="c">';
    const fields = ['a', 'b'].map((id) => document.getElementById(id) as HTMLElement);
    for (const [i, field] of fields.entries())
      vi.spyOn(field, 'getBoundingClientRect').mockReturnValue({
        top: 10 + 40 * i,
        left: 20,
        width: 200,
        height: 30,
        right: 220,
        bottom: 40 + 40 * i,
        x: 20,
        y: 10 + 40 * i,
        toJSON: () => ({}),
      });
    const host = showFillFeedback({
      doc: document,
      filled: fields,
      message: '2 Felder ausgefüllt',
      detailsLabel: 'Details',
      closeLabel: 'Hinweis schließen',
      onDetails: () => undefined,
      signal: new AbortController().signal,
    });
    expect(host?.tagName).toMatch(/^AMTSPASS-[0-9A-F]{12}$/);
    expect(host?.shadowRoot).toBeNull();
    expect(host?.getAttribute('popover')).toBe('manual');
    expect(host?.getAttribute('style')).toContain('pointer-events:none !important');
    expect(root().querySelectorAll('.mark')).toHaveLength(2);
    const status = root().querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    // Put into the live region after it exists, so screen readers announce it.
    expect(status?.textContent).toBe('');
    await vi.advanceTimersByTimeAsync(50);
    expect(status?.textContent).toBe('2 Felder ausgefüllt');
    await vi.advanceTimersByTimeAsync(MARK_MS);
    expect(root().querySelectorAll('.mark')).toHaveLength(0);
    expect(host?.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(MESSAGE_MS);
    expect(host?.isConnected).toBe(false);
  });

  it('asks for the next frame on its window: Firefox content scripts throw on a detached call', async () => {
    const root = captureRoot();
    const original = window.requestAnimationFrame.bind(window);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(function (this: unknown, run: FrameRequestCallback) {
      if (this !== window) throw new TypeError("'requestAnimationFrame' called on an object that does not implement interface Window.");
      return original(run);
    });
    expect(() =>
      showFillFeedback({
        doc: document,
        filled: [],
        message: '1 Feld ausgefüllt',
        detailsLabel: 'Details',
        closeLabel: 'Schließen',
        onDetails: () => undefined,
        signal: new AbortController().signal,
      }),
    ).not.toThrow();
    await vi.waitFor(() => expect(root().querySelector('[role="status"]')?.textContent).toBe('1 Feld ausgefüllt'));
  });

  it('acts on trusted clicks only: a page script clicking "Details" opens nothing', () => {
    const root = captureRoot();
    const onDetails = vi.fn();
    showFillFeedback({
      doc: document,
      filled: [],
      message: 'x',
      detailsLabel: 'Details',
      closeLabel: 'Schließen',
      onDetails,
      signal: new AbortController().signal,
    });
    (root().querySelector('button') as HTMLButtonElement).click();
    expect(onDetails).not.toHaveBeenCalled();
  });

  it('goes when its fill is superseded (the signal) and shows nothing without a body', () => {
    const controller = new AbortController();
    const host = showFillFeedback({
      doc: document,
      filled: [],
      message: 'x',
      detailsLabel: 'Details',
      closeLabel: 'Schließen',
      onDetails: () => undefined,
      signal: controller.signal,
    });
    controller.abort();
    expect(host?.isConnected).toBe(false);
    const bare = document.implementation.createHTMLDocument('');
    bare.body.remove();
    expect(
      showFillFeedback({
        doc: bare,
        filled: [],
        message: 'x',
        detailsLabel: 'D',
        closeLabel: 'S',
        onDetails: () => undefined,
        signal: new AbortController().signal,
      }),
    ).toBeNull();
  });
});
