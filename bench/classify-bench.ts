import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchPlainChromium } from '../test/support/launch-chromium.ts';
import { ERIKA } from '../test/e2e/erika.ts';
import { median, type BenchResult } from './bench-stats.ts';
import { classifyInPage, fillInPage } from './classify-in-page.ts';
import { syntheticForm } from './synthetic-form.ts';

const CLASSIFY_BUDGETS_MS: readonly (readonly [number, number])[] = [
  [50, 2],
  [500, 10],
  [5000, 60],
];
export const FILL_40_BUDGET_MS = 15;

/**
 * collect + classify in real Chromium on pages with 50 / 500 / 5,000 fields (timed inside the page),
 * and filling a 40-field form. The page is served from a real https origin like a portal's.
 */
export async function benchClassify(runs = 15): Promise<BenchResult[]> {
  const world = await startFixtureWorld();
  const browser = await launchPlainChromium(world);
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage();
    await page.goto('https://formulare.test/controlled');
    for (const [fields, budget] of CLASSIFY_BUDGETS_MS) {
      await page.setContent(syntheticForm(fields));
      const cold: number[] = [];
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) {
        const first = await classifyInPage(page);
        if (first.snapshot.fields.length !== Math.min(fields, 2000))
          throw new Error(`collected ${first.snapshot.fields.length} of ${fields}`);
        cold.push(first.ms.collect + first.ms.classify);
      }
      for (let i = 0; i < runs * 2; i++) {
        const again = await classifyInPage(page, { warm: true });
        warm.push(again.ms.collect + again.ms.classify);
      }
      results.push({
        name: `classify: ${fields} fields, content script loaded (Chromium)`,
        unit: 'ms',
        median: median(warm),
        runs,
        budget,
      });
      results.push({
        name: `classify: ${fields} fields, first run of fresh code (Chromium)`,
        unit: 'ms',
        median: median(cold),
        runs,
        budget: Number.POSITIVE_INFINITY,
      });
    }
    const fill: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.setContent(syntheticForm(40));
      const report = await fillInPage(page, ERIKA);
      if (report.outcomes.filter((o) => o.outcome === 'filled').length < 10) throw new Error('fill failed');
      fill.push(report.ms);
    }
    results.push({
      name: 'fill: 40-field form, apply values (Chromium)',
      unit: 'ms',
      median: median(fill),
      runs,
      budget: FILL_40_BUDGET_MS,
    });
    return results;
  } finally {
    await browser.close();
    await world.close();
  }
}
