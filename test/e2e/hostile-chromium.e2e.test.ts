import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { hostileScenario, setUpHostile, type HostileContext } from './hostile-scenario.ts';

describe('hostile pages in Chromium: what a fill never does', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;
  let context: HostileContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world);
    context = await setUpHostile(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  hostileScenario(() => context);
});
