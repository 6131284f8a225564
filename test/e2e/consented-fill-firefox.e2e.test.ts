import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { consentedFillScenario, setUpConsentedFill, type FillContext } from './consented-fill-scenario.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';

// T19 (a pending consent voided when the background stops) runs in consent-expiry-firefox.e2e.test.ts,
// with Firefox's own way of stopping an idle event page.
describe('consented fill and one-click sign-in in Firefox ESR (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;
  let context: FillContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
    context = await setUpConsentedFill(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  consentedFillScenario(() => context);
});
