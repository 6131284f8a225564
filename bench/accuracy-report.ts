// Accuracy of recognition: the registry portals' fixture pages and the recognition corpus (every form on
// every platform's markup), page kind, precision/recall per kind and per platform, subjects, and the
// precision–recall curve over the confidence the fill's threshold cuts at.
import { FILL_MIN_CONFIDENCE } from '../extension/content/classify/classify-page.ts';
import { corpusPages } from '../test/corpus/corpus-pages.ts';
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchPlainChromium } from '../test/support/launch-chromium.ts';
import type { BenchResult } from './bench-stats.ts';
import { evaluateCorpus, LOGIN_KINDS, precisionRecall, precisionRecallCurve, type CorpusReport } from './evaluate-corpus.ts';
import { fixtureCorpus, type ExpectedPage } from './fixture-corpus.ts';

const isAttribute = (kind: string): boolean => !LOGIN_KINDS.has(kind);

export async function benchAccuracy(options: { verbose?: boolean } = {}): Promise<BenchResult[]> {
  const world = await startFixtureWorld();
  const browser = await launchPlainChromium(world);
  try {
    const fixtures = await evaluateCorpus(browser, fixtureCorpus());
    printReport('registry portals (test/fixtures/portals)', fixtures, options.verbose);
    const corpus = corpusPages().map((p) => p.expected);
    const byPlatform = new Map<string, ExpectedPage[]>();
    for (const page of corpus) byPlatform.set(page.portal, [...(byPlatform.get(page.portal) ?? []), page]);
    const reports = new Map<string, CorpusReport>();
    for (const [platform, pages] of byPlatform) reports.set(platform, await evaluateCorpus(browser, pages));
    const whole = mergeReports([...reports.values()]);
    printReport(`recognition corpus (test/corpus: ${byPlatform.size} platforms)`, whole, options.verbose);
    console.log('  per platform        pages  page kind  precision  recall  subjects');
    for (const [platform, report] of reports) {
      const a = precisionRecall(report, isAttribute);
      console.log(
        `  ${platform.padEnd(18)} ${String(report.pages).padStart(6)} ${String(report.pageKindCorrect).padStart(10)} ${a.precision.toFixed(3).padStart(10)} ${a.recall.toFixed(3).padStart(7)} ${(report.subjects.right / Math.max(1, report.subjects.of)).toFixed(3).padStart(9)}`,
      );
    }
    const both = mergeReports([fixtures, whole]);
    console.log(`  precision–recall by confidence (both corpora; the fill writes from ${FILL_MIN_CONFIDENCE}):`);
    for (const point of precisionRecallCurve(both, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]))
      console.log(`    ≥ ${point.threshold.toFixed(1)}  precision ${point.precision.toFixed(4)}  recall ${point.recall.toFixed(4)}`);
    const atFill = precisionRecallCurve(both, [FILL_MIN_CONFIDENCE])[0] as { precision: number; recall: number };
    const fixtureAttributes = precisionRecall(fixtures, isAttribute);
    const corpusAttributes = precisionRecall(whole, isAttribute);
    return [
      {
        name: 'recognition: page-kind accuracy (fixtures)',
        unit: 'ratio',
        median: fixtures.pageKindCorrect / fixtures.pages,
        runs: fixtures.pages,
        budget: 1,
        atLeast: true,
      },
      {
        name: 'recognition: precision, attribute kinds (fixtures)',
        unit: 'ratio',
        median: fixtureAttributes.precision,
        runs: fixtureAttributes.tp + fixtureAttributes.fp,
        budget: 0.99,
        atLeast: true,
      },
      {
        name: 'recognition: recall, attribute kinds (fixtures)',
        unit: 'ratio',
        median: fixtureAttributes.recall,
        runs: fixtureAttributes.tp + fixtureAttributes.fn,
        budget: 0.95,
        atLeast: true,
      },
      {
        name: 'recognition: precision, login kinds (fixtures)',
        unit: 'ratio',
        median: precisionRecall(fixtures, (k) => LOGIN_KINDS.has(k)).precision,
        runs: fixtures.pages,
        budget: Number.NEGATIVE_INFINITY,
        atLeast: true,
      },
      {
        name: 'recognition: page-kind accuracy (corpus)',
        unit: 'ratio',
        median: whole.pageKindCorrect / whole.pages,
        runs: whole.pages,
        budget: 1,
        atLeast: true,
      },
      {
        name: 'recognition: precision, attribute kinds (corpus)',
        unit: 'ratio',
        median: corpusAttributes.precision,
        runs: corpusAttributes.tp + corpusAttributes.fp,
        budget: 0.99,
        atLeast: true,
      },
      {
        name: 'recognition: recall, attribute kinds (corpus)',
        unit: 'ratio',
        median: corpusAttributes.recall,
        runs: corpusAttributes.tp + corpusAttributes.fn,
        budget: 0.95,
        atLeast: true,
      },
      {
        name: 'recognition: subject and group right (corpus)',
        unit: 'ratio',
        median: whole.subjects.right / Math.max(1, whole.subjects.of),
        runs: whole.subjects.of,
        budget: 0.99,
        atLeast: true,
      },
      {
        name: 'recognition: precision at the fill threshold (both)',
        unit: 'ratio',
        median: atFill.precision,
        runs: both.predictions.length,
        budget: 0.995,
        atLeast: true,
      },
    ];
  } finally {
    await browser.close();
    await world.close();
  }
}

function printReport(title: string, report: CorpusReport, verbose = false): void {
  console.log(
    `\nRecognition on the ${title}: ${report.pages} pages, page kind correct on ${report.pageKindCorrect}, subject and group right on ${report.subjects.right} of ${report.subjects.of}`,
  );
  console.log('  kind               precision  recall   (tp/fp/fn)');
  for (const [kind, c] of [...report.perKind].sort()) {
    const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    console.log(`  ${kind.padEnd(18)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)}   (${c.tp}/${c.fp}/${c.fn})`);
  }
  if (verbose || report.mistakes.length <= 20) for (const mistake of report.mistakes) console.log(`  ✗ ${mistake}`);
  else console.log(`  ${report.mistakes.length} mistakes (AMTSPASS_VERBOSE=1 lists them)`);
}

function mergeReports(reports: readonly CorpusReport[]): CorpusReport {
  const perKind = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const report of reports) {
    for (const [kind, c] of report.perKind) {
      const sum = perKind.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      perKind.set(kind, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
    }
  }
  return {
    pages: reports.reduce((n, r) => n + r.pages, 0),
    pageKindCorrect: reports.reduce((n, r) => n + r.pageKindCorrect, 0),
    perKind,
    subjects: { right: reports.reduce((n, r) => n + r.subjects.right, 0), of: reports.reduce((n, r) => n + r.subjects.of, 0) },
    predictions: reports.flatMap((r) => r.predictions),
    expectedAttributes: reports.reduce((n, r) => n + r.expectedAttributes, 0),
    mistakes: reports.flatMap((r) => r.mistakes),
  };
}
