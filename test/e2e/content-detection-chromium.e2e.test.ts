import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { pregrantHost } from '../support/launch-chromium.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { contentDetectionScenario } from './content-detection-scenario.ts';

describe('content script detection in Chromium (built extension)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  // chrome://extensions pre-grants the host; the extension's own request on a real click then resolves.
  contentDetectionScenario(() => ({ browser, allowHostPrompt: (pattern) => pregrantHost(browser.session, pattern) }));
});
