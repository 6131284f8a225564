/** Median of a non-empty sample. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface BenchResult {
  readonly name: string;
  readonly unit: 'ms' | 'KB' | 'ratio';
  readonly median: number;
  readonly runs: number;
  /** Bound from the issue: the result passes when median ≤ budget (or ≥ budget with `atLeast`). */
  readonly budget: number;
  readonly atLeast?: boolean;
}
