// `npm run bench`: runs every benchmark, prints medians and their ratio to the budget, writes
// bench/results.json, and exits non-zero when a median is over its budget.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import type { BenchResult } from './bench-stats.ts';
import { benchAccuracy } from './accuracy-report.ts';
import { benchBundleSizes } from './bundle-size.ts';
import { benchClassify } from './classify-bench.ts';
import { benchEidFlow } from './eid-flow-bench.ts';
import { benchFill } from './fill-bench.ts';
import { benchPopup } from './popup-bench.ts';
import { benchHelperColdStart } from './helper-cold-start-bench.ts';
import { benchHelperRoundTrip } from './helper-rtt-bench.ts';
import { benchVaultInChromium } from './vault-browser-bench.ts';
import { benchVault } from './vault-bench.ts';

const results: BenchResult[] = [
  ...benchBundleSizes(),
  ...(await benchHelperColdStart()),
  ...(await benchHelperRoundTrip()),
  ...(await benchVault()),
  ...(await benchVaultInChromium()),
  ...(await benchClassify()),
  ...(await benchFill()),
  ...(await benchEidFlow()),
  ...(await benchPopup()),
  ...(await benchAccuracy({ verbose: !!process.env.AMTSPASS_VERBOSE })),
];

let over = 0;
for (const r of results) {
  const hasBudget = Number.isFinite(r.budget);
  const ratio = hasBudget ? r.median / r.budget : null;
  const missed = ratio !== null && (r.atLeast ? ratio < 1 : ratio > 1);
  if (missed) over++;
  const budget = hasBudget ? `${r.atLeast ? 'target ≥' : 'budget'} ${r.budget} ${r.unit}, ratio ${(ratio as number).toFixed(2)}${missed ? '  MISSED' : ''}` : 'no budget';
  console.log(`${r.name.padEnd(58)} median ${r.median.toFixed(2).padStart(8)} ${r.unit}  (n=${r.runs}; ${budget})`);
}
writeFileSync(
  join(PROJECT_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results: results.map((r) => ({ ...r, budget: Number.isFinite(r.budget) ? r.budget : null })) }, null, 2)}\n`,
);
console.log(over === 0 ? 'all budgets and targets met' : `${over} budgets or targets missed`);
process.exit(over === 0 ? 0 : 1);
