import { afterAll, beforeAll, describe, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { backupDeleteImport, expectLockedEverywhere, expectNoCanaryAtRest, setUpWithCanaries } from './vault-scenario.ts';

// Stopping the background in the middle of a batch is tested in Chromium only: Firefox's event page
// can be stopped only by its idle timeout (RECIPES.md §12.1), which cannot be timed into a batch of
// writes. The transaction design that the Chromium test checks is the same code in both browsers.
describe('vault in Firefox ESR (built extension, real IndexedDB and event page)', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let page: ReturnType<typeof extensionPage>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
    page = extensionPage(await firefox.openExtensionPage('popup/index.html', '#helper-state'));
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('keeps no canary value, passphrase or password in plaintext in IndexedDB, storage.local or storage.session', async () => {
    await setUpWithCanaries(page);
    await expectNoCanaryAtRest(page);
  });

  it('answers LOCKED to every value request after lock, and unlocks again', async () => {
    await expectLockedEverywhere(page);
  });

  it('restores everything from an encrypted backup after "delete all my data"', async () => {
    await backupDeleteImport(page);
  });
});
