import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { seedPortalsScenario } from './seed-portals-scenario.ts';

describe("every seed portal's forms filled through the built extension in Firefox", () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  seedPortalsScenario(() => browser);
});
