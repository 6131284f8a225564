import type { BenchResult } from './bench-stats.ts';

/** What one benchmark gave: its figures, or the error that ended it. */
export type BenchOutcome =
  { readonly benchmark: string; readonly results: readonly BenchResult[] } | { readonly benchmark: string; readonly error: string };

/** Whether a figure missed its budget (over a ceiling, or under an `atLeast` target). */
export function missed(r: BenchResult): boolean {
  if (!Number.isFinite(r.budget)) return false;
  const ratio = r.median / r.budget;
  return r.atLeast ? ratio < 1 : ratio > 1;
}

/** One table row: name, median, runs, budget and ratio. */
export function formatRow(r: BenchResult): string {
  const hasBudget = Number.isFinite(r.budget);
  const ratio = hasBudget ? r.median / r.budget : null;
  const budget = hasBudget
    ? `${r.atLeast ? 'target ≥' : 'budget'} ${r.budget} ${r.unit}, ratio ${(ratio as number).toFixed(2)}${missed(r) ? '  MISSED' : ''}`
    : 'no budget';
  return `${r.name.padEnd(66)} median ${r.median.toFixed(2).padStart(8)} ${r.unit}  (n=${r.runs}; ${budget})`;
}

/** The closing table over every benchmark, crashed ones included, and its last line. */
export function summarise(outcomes: readonly BenchOutcome[]): { lines: string[]; closing: string; crashed: number; missed: number } {
  const lines: string[] = [];
  let crashed = 0;
  let over = 0;
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      crashed++;
      lines.push(`${outcome.benchmark.padEnd(66)} CRASHED  ${outcome.error}`);
      continue;
    }
    for (const r of outcome.results) {
      if (missed(r)) over++;
      lines.push(formatRow(r));
    }
  }
  const figures = outcomes.reduce((n, o) => n + ('results' in o ? o.results.length : 0), 0);
  const closing = `${figures} figures from ${outcomes.length - crashed} of ${outcomes.length} benchmarks; ${over === 0 ? 'all budgets and targets met' : `${over} budgets or targets missed`}${crashed > 0 ? `; ${crashed} crashed` : ''}`;
  return { lines, closing, crashed, missed: over };
}
