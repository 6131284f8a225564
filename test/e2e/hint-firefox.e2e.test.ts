import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { hintScenario, setUpHint, type HintContext } from './hint-scenario.ts';

describe('in-page hint in Firefox ESR', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;
  let context: HintContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
    context = await setUpHint(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  hintScenario(() => context);
});
