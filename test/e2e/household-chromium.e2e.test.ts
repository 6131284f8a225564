import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { householdScenario, setUpHousehold, type HouseholdContext } from './household-scenario.ts';

describe('a household fills its multi-person forms in Chromium (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;
  let context: HouseholdContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world);
    context = await setUpHousehold(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  householdScenario(() => context);
});
