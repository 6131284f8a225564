import { describe, expect, it } from 'vitest';
import { formatRow, summarise } from '../../../bench/bench-report.ts';

describe('bench report', () => {
  const fast = { name: 'fast', unit: 'ms' as const, median: 5, runs: 9, budget: 10 };
  const slow = { name: 'slow', unit: 'ms' as const, median: 20, runs: 9, budget: 10 };
  const target = { name: 'recall', unit: 'ratio' as const, median: 0.9, runs: 1, budget: 0.95, atLeast: true };

  it('prints the ratio to the budget and marks a miss', () => {
    expect(formatRow(fast)).toMatch(/median\s+5\.00 ms\s+\(n=9; budget 10 ms, ratio 0\.50\)$/);
    expect(formatRow(slow)).toMatch(/ratio 2\.00 {2}MISSED\)$/);
    expect(formatRow(target)).toMatch(/target ≥ 0\.95 ratio, ratio 0\.95 {2}MISSED\)$/);
    expect(formatRow({ ...fast, budget: Number.POSITIVE_INFINITY })).toMatch(/no budget\)$/);
  });

  it('keeps every figure when one benchmark crashed, and counts misses apart from crashes', () => {
    const summary = summarise([
      { benchmark: 'a', results: [fast, slow] },
      { benchmark: 'b', error: 'Error: browser went away' },
      { benchmark: 'c', results: [target] },
    ]);
    expect(summary.lines).toHaveLength(4);
    expect(summary.lines[2]).toMatch(/^b\s+CRASHED {2}Error: browser went away$/);
    expect(summary.crashed).toBe(1);
    expect(summary.missed).toBe(2);
    expect(summary.closing).toBe('3 figures from 2 of 3 benchmarks; 2 budgets or targets missed; 1 crashed');
  });
});
