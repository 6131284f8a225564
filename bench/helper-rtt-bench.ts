import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchChromium } from '../test/support/launch-chromium.ts';
import { median, type BenchResult } from './bench-stats.ts';

/** Budget: background → helper → background, over a warm native port. */
export const HELPER_RTT_BUDGET_MS = 5;

/**
 * Round trips measured inside the background (the `helper.ping` handler times its helper request) in
 * real Chromium with the real helper process; the first, which starts the helper, is not counted.
 */
export async function benchHelperRoundTrip(runs = 200): Promise<BenchResult[]> {
  const world = await startFixtureWorld();
  const chromium = await launchChromium({ world });
  try {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    // No named functions inside: tsx would wrap them with a `__name` helper the page does not have.
    const samples = await page.evaluate(async (count) => {
      const inBackground: number[] = [];
      const fromPage: number[] = [];
      for (let i = -1; i < count; i++) {
        const started = performance.now();
        const response = await chrome.runtime.sendMessage<object, { result: { ok: boolean; value: { roundTripMs: number } } }>({
          v: 1,
          id: crypto.randomUUID(),
          type: 'helper.ping',
          payload: {},
        });
        if (!response.result.ok) throw new Error('helper.ping failed');
        if (i < 0) continue;
        fromPage.push(performance.now() - started);
        inBackground.push(response.result.value.roundTripMs);
      }
      return { inBackground, fromPage };
    }, runs);
    return [
      { name: 'background ↔ helper round trip', unit: 'ms', median: median(samples.inBackground), runs, budget: HELPER_RTT_BUDGET_MS },
      {
        name: 'popup → background → helper → popup (for reference)',
        unit: 'ms',
        median: median(samples.fromPage),
        runs,
        budget: Number.POSITIVE_INFINITY,
      },
    ];
  } finally {
    await chromium.close();
    await world.close();
  }
}
