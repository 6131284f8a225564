import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { householdScenario, setUpHousehold, type HouseholdContext } from './household-scenario.ts';

describe('a household fills its multi-person forms in Firefox (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;
  let context: HouseholdContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
    context = await setUpHousehold(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  householdScenario(() => context);
});
