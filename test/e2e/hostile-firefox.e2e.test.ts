import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { hostileScenario, setUpHostile, type HostileContext } from './hostile-scenario.ts';

describe('hostile pages in Firefox ESR: what a fill never does', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;
  let context: HostileContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
    context = await setUpHostile(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  hostileScenario(() => context);
});
