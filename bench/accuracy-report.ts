// Accuracy of recognition on the fixture corpus: page-kind accuracy and precision/recall per field kind.
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchPlainChromium } from '../test/support/launch-chromium.ts';
import type { BenchResult } from './bench-stats.ts';
import { evaluateCorpus, LOGIN_KINDS, precisionRecall } from './evaluate-corpus.ts';
import { fixtureCorpus } from './fixture-corpus.ts';

export async function benchAccuracy(options: { verbose?: boolean } = {}): Promise<BenchResult[]> {
  const world = await startFixtureWorld();
  const browser = await launchPlainChromium(world);
  try {
    const report = await evaluateCorpus(browser, fixtureCorpus());
    const attributes = precisionRecall(report, (kind) => !LOGIN_KINDS.has(kind));
    const login = precisionRecall(report, (kind) => LOGIN_KINDS.has(kind));
    console.log(`\nRecognition on the fixture corpus: ${report.pages} pages, page kind correct on ${report.pageKindCorrect}`);
    console.log('  kind               precision  recall   (tp/fp/fn)');
    for (const [kind, c] of [...report.perKind].sort()) {
      const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
      const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
      console.log(`  ${kind.padEnd(18)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)}   (${c.tp}/${c.fp}/${c.fn})`);
    }
    if (options.verbose || report.mistakes.length <= 20) for (const mistake of report.mistakes) console.log(`  ✗ ${mistake}`);
    else console.log(`  ${report.mistakes.length} mistakes (AMTSPASS_VERBOSE=1 lists them)`);
    return [
      { name: 'recognition: page-kind accuracy (fixtures)', unit: 'ratio', median: report.pageKindCorrect / report.pages, runs: report.pages, budget: 1, atLeast: true },
      { name: 'recognition: precision, attribute kinds (fixtures)', unit: 'ratio', median: attributes.precision, runs: attributes.tp + attributes.fp, budget: 0.99, atLeast: true },
      { name: 'recognition: recall, attribute kinds (fixtures)', unit: 'ratio', median: attributes.recall, runs: attributes.tp + attributes.fn, budget: 0.95, atLeast: true },
      { name: 'recognition: precision, login kinds (fixtures)', unit: 'ratio', median: login.precision, runs: login.tp + login.fp, budget: Number.NEGATIVE_INFINITY, atLeast: true },
    ];
  } finally {
    await browser.close();
    await world.close();
  }
}
