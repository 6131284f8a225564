import type { FillOutcome } from './apply-fill.ts';

/** What a fill did, as the page's feedback tells it: written, the portal's kept, already right, left empty. */
export interface FeedbackCounts {
  readonly filled: number;
  readonly kept: number;
  readonly unchanged: number;
  readonly empty: number;
}

/** Reasons a field the citizen can see stays empty; hidden, read-only or detached ones are not spoken of. */
const LEFT_EMPTY = new Set(['not-requested', 'no-value', 'no-person', 'partial-date']);

/** Counts for the on-page message, from the outcomes after the check that follows every write. Pure. */
export function feedbackCounts(outcomes: readonly FillOutcome[]): FeedbackCounts {
  let filled = 0;
  let kept = 0;
  let unchanged = 0;
  let empty = 0;
  for (const o of outcomes) {
    if (o.outcome === 'filled') filled++;
    else if (o.outcome === 'skipped' && o.reason === 'prefilled') kept++;
    else if (o.outcome === 'skipped' && o.reason === 'unchanged') unchanged++;
    else if (o.outcome === 'rejected' || (o.outcome === 'skipped' && LEFT_EMPTY.has(o.reason))) empty++;
  }
  return { filled, kept, unchanged, empty };
}
