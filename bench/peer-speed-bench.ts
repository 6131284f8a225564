import { existsSync, readFileSync } from 'node:fs';
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

/**
 * Amtspass next to DuckDuckGo's form classifier on every page of the recognition corpus and the
 * registry fixtures, in one Chromium: per page, Amtspass's collect + classify with its script loaded
 * (median of three runs) and DuckDuckGo's one scan of the page with its script loaded (a second scan
 * would skip the inputs it marked). Reports both medians and the median per-page ratio.
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
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  try {
    const page = await browser.newPage();
    for (const url of urls) {
      await page.goto(url);
      await waitForSettled(page, 100, 2000);
      await classifyInPage(page, { warm: true });
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const run = await classifyInPage(page, { warm: true });
        runs.push(run.ms.collect + run.ms.classify);
      }
      // Loaded first, timed apart: the script's parse is not the scan.
      await page.evaluate(`(() => { if (!window.__peerDdgClassify) { ${bundle}; } })()`);
      const scan = await page.evaluate<{ ms: number }>('window.__peerDdgClassify()');
      const mine = median(runs);
      ours.push(mine);
      theirs.push(scan.ms);
      ratios.push(mine / Math.max(scan.ms, 0.01));
    }
  } finally {
    await browser.close();
    await world.close();
  }
  return [
    {
      name: `per page, script loaded: Amtspass collect + classify (${urls.length} corpus and fixture pages, Chromium)`,
      unit: 'ms',
      median: median(ours),
      runs: urls.length,
      budget: Number.POSITIVE_INFINITY,
    },
    {
      name: `per page, script loaded: DuckDuckGo's scan (same pages)`,
      unit: 'ms',
      median: median(theirs),
      runs: urls.length,
      budget: Number.POSITIVE_INFINITY,
    },
    {
      name: 'per page: Amtspass time ÷ DuckDuckGo time (median of per-page ratios)',
      unit: 'ratio',
      median: median(ratios),
      runs: urls.length,
      budget: RATIO_BUDGET,
    },
  ];
}
