import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { puppeteerTab } from './firefox-e2e-browser.ts';
import { recognitionScenario } from './recognition-scenario.ts';

describe('recognition and filling in Firefox ESR (built engine, fixture portals at their real origins)', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let page: Page | undefined;

  beforeAll(async () => {
    world = await startFixtureWorld();
    // The engine is injected by the test; without the extension no hint of ours sits in the page.
    firefox = await launchFirefox({ world, extension: false });
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  // One tab for the whole run: every test navigates it, so each page is a fresh document (a new tab per
  // page cost more than the page itself on a busy machine).
  recognitionScenario(async (url) => {
    page ??= await firefox.newPage();
    await page.goto(url);
    return puppeteerTab(page);
  });
});
