import { afterAll, beforeAll, describe } from 'vitest';
import { startFakeSdkServer, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { waitFor } from '../support/wait-for.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { platformScenario } from './platform-scenario.ts';

// The isolated-world checks and a message from inside a real content script need DevTools' view of a
// page's worlds, which Firefox's BiDi driver lacks; T14 (confused-deputy.e2e.test.ts) sends refused
// messages from a real content script in both browsers.
describe('platform in Firefox ESR: registered content script, popup, real helper', () => {
  let world: FixtureWorld;
  let sdk: FakeSdkServer;
  let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sdk = await startFakeSdkServer();
    browser = await firefoxE2eBrowser(world, { env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
    await waitFor(
      async () => (await browser.inExtension<number>('browser.scripting.getRegisteredContentScripts().then((s) => s.length)')) > 0,
      { what: 'content script registration' },
    );
  });
  afterAll(async () => {
    await browser?.close();
    await sdk?.close();
    await world?.close();
  });

  platformScenario(() => ({ browser, sdk }));
});
