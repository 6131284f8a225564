import type { Page } from 'playwright';
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchPlainChromium } from '../test/support/launch-chromium.ts';
import { median, type BenchResult } from './bench-stats.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import { HOSTILE_LABEL_SCRIPT, syntheticForm } from './synthetic-form.ts';

/** A task longer than this is a "long task" (W3C Long Tasks API): the page would feel stuck. */
export const LONG_TASK_BUDGET_MS = 50;

interface Summary {
  readonly fields: number;
  readonly stats: { longestSliceMs: number };
  readonly ms: { classify: number; record: number };
}

/** A label wrapping 500 inputs and 300,000 hidden elements: once a one-minute freeze. */
async function hostileLabelPage(page: Page): Promise<void> {
  await page.setContent('<form><label id="wrap">Auswahl </label></form>');
  await page.evaluate(HOSTILE_LABEL_SCRIPT);
}

/**
 * How long the content script's collection blocks the page: the longest slice it ran without
 * yielding, and the longest task the browser itself saw as a long task (PerformanceObserver
 * 'longtask', 0 when there was none) while collect + classify ran, on long and hostile pages. The
 * page hands back only counts, so the transfer of a large result is not measured as the page's work.
 */
export async function benchCollectResponsiveness(runs = 9): Promise<BenchResult[]> {
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'classify', 'amtspass-classify.js'), 'utf8');
  const world = await startFixtureWorld();
  const browser = await launchPlainChromium(world);
  const results: BenchResult[] = [];
  try {
    const page = await browser.newPage();
    await page.goto('https://formulare.test/controlled');
    const pages: [string, () => Promise<void>, number][] = [
      ['500 fields', () => page.setContent(syntheticForm(500)), 500],
      ['5,000 fields', () => page.setContent(syntheticForm(5000)), 2000],
      ['label over 500 inputs and 300,000 hidden elements', () => hostileLabelPage(page), 500],
    ];
    for (const [name, load, expectedFields] of pages) {
      await load();
      const slices: number[] = [];
      const longTasks: number[] = [];
      const classify: number[] = [];
      const record: number[] = [];
      for (let i = 0; i < runs; i++) {
        await page.evaluate(() => {
          const w = window as unknown as { __long: number[]; __observer?: PerformanceObserver };
          w.__long = [];
          w.__observer?.disconnect();
          w.__observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.__long.push(entry.duration);
          });
          w.__observer.observe({ type: 'longtask' });
        });
        const result = await page.evaluate<Summary>(
          `(() => { if (!window.__amtspassBench) { ${bundle}; window.__amtspassBench = AmtspassClassify; } return window.__amtspassBench.runSummary(); })()`,
        );
        if (result.fields !== expectedFields) throw new Error(`${name}: collected ${result.fields} of ${expectedFields}`);
        // Long task entries arrive after the task: give the observer its turn before reading.
        const long = await page.evaluate(
          () => new Promise<number[]>((resolve) => setTimeout(() => resolve((window as unknown as { __long: number[] }).__long), 100)),
        );
        slices.push(result.stats.longestSliceMs);
        classify.push(result.ms.classify);
        record.push(result.ms.record);
        longTasks.push(Math.max(0, ...long));
      }
      results.push({
        name: `collect: longest slice, ${name} (Chromium)`,
        unit: 'ms',
        median: median(slices),
        runs,
        budget: LONG_TASK_BUDGET_MS,
      });
      results.push({
        name: `collect+classify: longest long task, ${name} (Chromium)`,
        unit: 'ms',
        median: median(longTasks),
        runs,
        budget: LONG_TASK_BUDGET_MS,
      });
      results.push({
        name: `classify (one task): ${name} (Chromium)`,
        unit: 'ms',
        median: median(classify),
        runs,
        budget: LONG_TASK_BUDGET_MS,
      });
      results.push({
        name: `visibility record (one task): ${name} (Chromium)`,
        unit: 'ms',
        median: median(record),
        runs,
        budget: LONG_TASK_BUDGET_MS,
      });
    }
    return results;
  } finally {
    await browser.close();
    await world.close();
  }
}
