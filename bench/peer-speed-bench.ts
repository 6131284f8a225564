import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright';
import { join } from 'node:path';
import { corpusPages } from '../test/corpus/corpus-pages.ts';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchPlainChromium } from '../test/support/launch-chromium.ts';
import { median, type BenchResult } from './bench-stats.ts';
import { classifyInPage, waitForSettled } from './classify-in-page.ts';
import { fixtureCorpus } from './fixture-corpus.ts';

/** Amtspass's time per page at most this share of DuckDuckGo's, both with their script loaded (issue budget). */
const RATIO_BUDGET = 0.1;

/** Where `node scripts/build-peer-ddg.mjs` writes DuckDuckGo's classifier, unless the environment names another. */
const peerBundlePath = (): string => process.env.AMTSPASS_PEER_DDG_BUNDLE ?? join(PROJECT_ROOT, '.tmp', 'peers', 'ddg-bundle.js');

/** One page's figures, in ms. */
interface PageTimes {
  /** Amtspass's first collect + classify in a fresh renderer (its code compiled on the way). */
  readonly oursFirst: number;
  /** Amtspass with its script loaded: median of three runs after the first. */
  readonly ours: number;
  /** DuckDuckGo's scan with its script loaded: its first scan of the page. */
  readonly theirs: number;
  /** DuckDuckGo's second scan after its first was undone: its code warm, as Amtspass's is in `ours`. */
  readonly theirsWarm: number;
  /** Whether the second scan typed the page's fields as the first did (else its time is not comparable). */
  readonly sameTypes: boolean;
}

/**
 * Amtspass next to DuckDuckGo's form classifier on every page of the recognition corpus and the
 * registry fixtures, in one Chromium. Every page opens in a fresh browser context, so in a renderer of
 * its own, as a citizen's portal tab does and as the issue's own side-by-side run on pages at their
 * real origins did; pages sharing one renderer would let DuckDuckGo's later scans reuse code compiled
 * for earlier pages. Per page: Amtspass's first run, then collect + classify with its script loaded
 * (median of three runs); DuckDuckGo's scan with its script loaded (its first scan: a second would
 * skip the inputs it marked), then, with that scan undone, a second scan with its code warm.
 * The budget is the issue's: Amtspass loaded ÷ DuckDuckGo's scan. The ratios of first runs and of
 * warm runs are printed beside it, so that nobody reads the budget as more than it is.
 */
export async function benchPeerSpeed(): Promise<BenchResult[]> {
  const bundlePath = peerBundlePath();
  if (!existsSync(bundlePath)) {
    throw new Error(
      `no DuckDuckGo classifier at ${bundlePath}: build it with node scripts/build-peer-ddg.mjs --autofill <checkout> --scope-scripts <checkout> (docs/DETECTION-CORPUS.md)`,
    );
  }
  const bundle = readFileSync(bundlePath, 'utf8');
  const urls = [...corpusPages().map((p) => p.expected.url), ...fixtureCorpus().map((p) => p.url)];
  const world = await startFixtureWorld();
  const browser = await launchPlainChromium(world);
  const pages: PageTimes[] = [];
  try {
    for (const url of urls) pages.push(await timePage(browser, url, bundle));
  } finally {
    await browser.close();
    await world.close();
  }
  const comparable = pages.filter((p) => p.sameTypes);
  const n = urls.length;
  const ms = (name: string, values: number[], runs = n): BenchResult => ({
    name,
    unit: 'ms',
    median: median(values),
    runs,
    budget: Number.POSITIVE_INFINITY,
  });
  const ratio = (name: string, values: number[], budget = Number.POSITIVE_INFINITY): BenchResult => ({
    name,
    unit: 'ratio',
    median: median(values),
    runs: values.length,
    budget,
  });
  return [
    ms(
      `per page, script loaded: Amtspass collect + classify (${n} corpus and fixture pages, each in a fresh renderer, Chromium)`,
      pages.map((p) => p.ours),
    ),
    ms(
      `per page, script loaded: DuckDuckGo's scan (same pages)`,
      pages.map((p) => p.theirs),
    ),
    ratio(
      'per page: Amtspass loaded ÷ DuckDuckGo scan (median of per-page ratios; the issue budget)',
      pages.map((p) => p.ours / Math.max(p.theirs, 0.01)),
      RATIO_BUDGET,
    ),
    ms(
      'per page, first run of fresh code: Amtspass',
      pages.map((p) => p.oursFirst),
    ),
    ratio(
      'per page, first runs: Amtspass ÷ DuckDuckGo',
      pages.map((p) => p.oursFirst / Math.max(p.theirs, 0.01)),
    ),
    ms(
      `per page, both warm: DuckDuckGo's second scan (${comparable.length} of ${n} pages typed alike)`,
      comparable.map((p) => p.theirsWarm),
      comparable.length,
    ),
    ratio(
      'per page, both warm: Amtspass loaded ÷ DuckDuckGo second scan',
      comparable.map((p) => p.ours / Math.max(p.theirsWarm, 0.01)),
    ),
  ];
}

async function timePage(browser: Browser, url: string, bundle: string): Promise<PageTimes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForSettled(page, 100, 2000);
    const first = await classifyInPage(page, { warm: true });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await classifyInPage(page, { warm: true });
      runs.push(run.ms.collect + run.ms.classify);
    }
    // Loaded first, timed apart: the script's parse is not the scan.
    await page.evaluate(`(() => { if (!window.__peerDdgClassify) { ${bundle}; } })()`);
    const scan = await page.evaluate<Scan>('window.__peerDdgClassify()');
    await page.evaluate('window.__peerDdgForget()');
    const warm = await page.evaluate<Scan>('window.__peerDdgClassify()');
    return {
      oursFirst: first.ms.collect + first.ms.classify,
      ours: median(runs),
      theirs: scan.ms,
      theirsWarm: warm.ms,
      sameTypes: JSON.stringify(scan.fields) === JSON.stringify(warm.fields),
    };
  } finally {
    await context.close();
  }
}

interface Scan {
  readonly ms: number;
  readonly fields: readonly (string | null)[];
}
