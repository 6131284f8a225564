// `npm run bench`: runs every benchmark on its own, prints each figure (or the benchmark's error) as
// it finishes, keeps bench/results.json up to date after each one, and ends with the full table:
// median, budget, ratio. A missed budget is reported, not fatal; the exit code is non-zero only when
// a benchmark crashed, so one broken figure never hides the others.
//   npm run bench                 all benchmarks
//   npm run bench -- classify     only those whose name contains "classify"
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import { benchAccuracy } from './accuracy-report.ts';
import { formatRow, summarise, type BenchOutcome } from './bench-report.ts';
import type { BenchResult } from './bench-stats.ts';
import { benchBundleSizes } from './bundle-size.ts';
import { benchClassify } from './classify-bench.ts';
import { benchCollectResponsiveness } from './collect-responsiveness-bench.ts';
import { benchEidFlow } from './eid-flow-bench.ts';
import { benchFill } from './fill-bench.ts';
import { benchHouseholdFill } from './household-fill-bench.ts';
import { benchHelperColdStart, benchHelperExecutableColdStart } from './helper-cold-start-bench.ts';
import { benchHelperRoundTrip } from './helper-rtt-bench.ts';
import { benchPeerSpeed } from './peer-speed-bench.ts';
import { benchPopup } from './popup-bench.ts';
import { benchVaultInChromium } from './vault-browser-bench.ts';
import { benchVault } from './vault-bench.ts';

const BENCHMARKS: readonly (readonly [string, () => BenchResult[] | Promise<BenchResult[]>])[] = [
  ['bundle sizes', benchBundleSizes],
  ['helper cold start', () => benchHelperColdStart()],
  ['helper executable cold start', benchHelperExecutableColdStart],
  ['helper round trip', benchHelperRoundTrip],
  ['vault (Node)', benchVault],
  ['vault (Chromium)', benchVaultInChromium],
  ['classify and fill engine', benchClassify],
  ['classify speed next to DuckDuckGo', benchPeerSpeed],
  ['collection responsiveness', benchCollectResponsiveness],
  ['consented fill end to end', benchFill],
  ['household fill end to end', benchHouseholdFill],
  ['eID flow', benchEidFlow],
  ['popup', benchPopup],
  ['recognition accuracy', () => benchAccuracy({ verbose: !!process.env.AMTSPASS_VERBOSE })],
];

/** A benchmark still running after this long counts as crashed; the rest go on. */
const BENCHMARK_LIMIT_MS = 15 * 60_000;

const only = process.argv[2];
const outcomes: BenchOutcome[] = [];
const save = (): void => {
  const results = outcomes.flatMap((o) =>
    'results' in o ? o.results.map((r) => ({ ...r, budget: Number.isFinite(r.budget) ? r.budget : null })) : [],
  );
  const errors = outcomes.flatMap((o) => ('error' in o ? [{ benchmark: o.benchmark, error: o.error }] : []));
  writeFileSync(
    join(PROJECT_ROOT, 'bench', 'results.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results, errors }, null, 2)}\n`,
  );
};

for (const [benchmark, run] of BENCHMARKS) {
  if (only && !benchmark.includes(only)) continue;
  console.log(`── ${benchmark} ──`);
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${BENCHMARK_LIMIT_MS / 60_000} minutes`)), BENCHMARK_LIMIT_MS);
    });
    const results = await Promise.race([Promise.resolve().then(run), limit]).finally(() => clearTimeout(timer));
    outcomes.push({ benchmark, results });
    for (const r of results) console.log(formatRow(r));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    outcomes.push({ benchmark, error: message });
    console.log(`  CRASHED: ${message}`);
  }
  save();
}

const summary = summarise(outcomes);
console.log('\n── all figures ──');
for (const line of summary.lines) console.log(line);
console.log(summary.closing);
process.exit(summary.crashed > 0 ? 1 : 0);
