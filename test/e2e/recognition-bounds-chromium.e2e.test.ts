import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchPlainChromium } from '../support/launch-chromium.ts';
import { playwrightTab } from './chromium-e2e-browser.ts';
import type { E2eTab } from './e2e-browser.ts';
import { recognitionBoundsScenario } from './recognition-bounds-scenario.ts';

describe('recognition bounds in Chromium', () => {
  let world: FixtureWorld;
  let browser: Browser;
  let tab: E2eTab;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await launchPlainChromium(world);
    const page = await browser.newPage();
    await page.goto('https://formulare.test/controlled');
    tab = playwrightTab(page);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  recognitionBoundsScenario(() => tab);
});
