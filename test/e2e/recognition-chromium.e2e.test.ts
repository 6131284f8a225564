import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchPlainChromium } from '../support/launch-chromium.ts';
import { playwrightTab } from './chromium-e2e-browser.ts';
import { recognitionScenario } from './recognition-scenario.ts';

describe('recognition and filling in Chromium (built engine, fixture portals at their real origins)', () => {
  let world: FixtureWorld;
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await launchPlainChromium(world);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  // One tab for the whole run: every test navigates it, so each page is a fresh document (a new tab per
  // page cost more than the page itself on a busy machine).
  recognitionScenario(async (url) => {
    page ??= await browser.newPage();
    await page.goto(url);
    return playwrightTab(page);
  });
});
