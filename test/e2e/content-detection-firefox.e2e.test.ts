import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { waitFor } from '../support/wait-for.ts';
import { contentDetectionScenario } from './content-detection-scenario.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';

describe('content script detection in Firefox ESR (built extension)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await firefoxE2eBrowser(world);
    await waitFor(
      async () => (await browser.inExtension<number>('browser.scripting.getRegisteredContentScripts().then((s) => s.length)')) > 0,
      { what: 'content script registration' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  // launchFirefox sets extensions.webextOptionalPermissionPrompts to false: a request made in a real
  // click is granted without the prompt a headless Firefox cannot show.
  contentDetectionScenario(() => ({ browser, allowHostPrompt: async () => undefined }));
});
