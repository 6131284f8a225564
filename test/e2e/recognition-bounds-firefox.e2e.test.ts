import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import type { E2eTab } from './e2e-browser.ts';
import { puppeteerTab } from './firefox-e2e-browser.ts';
import { recognitionBoundsScenario } from './recognition-bounds-scenario.ts';

describe('recognition bounds in Firefox ESR', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let tab: E2eTab;

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world, extension: false });
    const page = await firefox.newPage();
    await page.goto('https://formulare.test/controlled');
    tab = puppeteerTab(page);
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  recognitionBoundsScenario(() => tab);
});
