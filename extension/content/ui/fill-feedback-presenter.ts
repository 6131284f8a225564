import type { FillOutcome } from '../fill/apply-fill.ts';
import { feedbackCounts } from '../fill/feedback-counts.ts';
import { fillFeedbackMessage, showFillFeedback } from './fill-feedback.ts';

/**
 * The page's feedback after each form fill: one at a time (a new fill replaces it, and it goes before
 * the next fill proves its fields visible), its host registered as our own element.
 */
export function createFillFeedback(deps: {
  doc: Document;
  signal: AbortSignal;
  /** Marks the host as ours, so no visibility proof takes it for a page's cover. */
  register: (host: Element) => void;
  t: (key: string, substitutions?: string[]) => string;
  openDetails: () => void;
}) {
  let current: { host: Element; controller: AbortController } | null = null;
  const hide = (): void => {
    current?.controller.abort();
    current = null;
  };
  deps.signal.addEventListener('abort', hide, { once: true });
  return {
    hide,
    show: (result: { written: readonly Element[]; outcomes: readonly FillOutcome[] }): void => {
      hide();
      const counts = feedbackCounts(result.outcomes);
      if (counts.filled + counts.kept + counts.unchanged + counts.empty === 0) return;
      const controller = new AbortController();
      const host = showFillFeedback({
        doc: deps.doc,
        filled: result.written,
        message: fillFeedbackMessage(counts, deps.t),
        detailsLabel: deps.t('feedbackDetails'),
        closeLabel: deps.t('feedbackClose'),
        onDetails: deps.openDetails,
        signal: controller.signal,
      });
      if (!host) return;
      deps.register(host);
      current = { host, controller };
    },
  };
}
