import { afterAll, beforeAll, describe, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import {
  auditTamperDetected,
  recordTamperReported,
  backupDeleteImport,
  expectLockedEverywhere,
  expectNoCanaryAtRest,
  setUpWithCanaries,
} from './vault-scenario.ts';

// Stopping the background in the middle of a batch is tested in Chromium only: Firefox's event page
// can be stopped only by its idle timeout (docs/RECIPES.md §12.1), which cannot be timed into a batch of
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

  it('T20: reports a flipped ciphertext byte and two swapped records, reads the rest, and uses a fresh IV for each record', async () => {
    await recordTamperReported(page);
  });

  it('T23: notices a modified, deleted or swapped log entry in IndexedDB and says so in the log view', async () => {
    const confirm = await firefox.openExtensionPage('confirm/index.html', '#app');
    const logWarning = async (): Promise<string> => {
      const popup = await firefox.openExtensionPage('popup/index.html', '#helper-state');
      await popup.waitForSelector('#tab-log', { timeout: 10_000 });
      await popup.click('#tab-log');
      await popup.waitForSelector('#audit-count', { timeout: 10_000 });
      const warning = await popup.$eval('#panel-log', (panel) => panel.querySelector('.warning')?.textContent ?? '');
      await popup.close();
      return warning;
    };
    await auditTamperDetected(page, extensionPage(confirm), logWarning);
    await confirm.close();
  });

  it('answers LOCKED to every value request after lock, and unlocks again', async () => {
    await expectLockedEverywhere(page);
  });

  it('restores everything from an encrypted backup after "delete all my data"', async () => {
    await backupDeleteImport(page);
  });
});
