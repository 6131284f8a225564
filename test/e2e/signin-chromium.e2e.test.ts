import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { playwrightUiPage } from './ui-page-adapters.ts';
import { signInOnEveryLoginPage, signInThroughBundId, type SignInDriver } from './signin-scenario.ts';

describe("one-click sign-in on every fixture portal's login page in Chromium (built extension)", () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  let driver: SignInDriver;

  beforeAll(async () => {
    world = await startFixtureWorld();
    // No AusweisApp for this walk: the eID sign-in it starts must not reach beyond the fixtures.
    chromium = await launchChromium({ world, env: { AMTSPASS_AUSWEISAPP_BINARY: 'none', AMTSPASS_AUSWEISAPP_PORT: '1' } });
    await chromium.portalsReady();
    const adminTab = await chromium.context.newPage();
    await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const admin = extensionPage(adminTab);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    driver = {
      name: 'chromium',
      send: (type, payload) => admin.send(type, payload),
      async open(url) {
        const page = await chromium.context.newPage();
        await page.goto(url, { timeout: 10_000 });
        const tabId = await chromium.worker.evaluate(
          async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1,
          url.replace(/[?#].*$/, ''),
        );
        // Playwright's page.close() on a tab whose submission still navigates (POST, then a script
        // redirect) left its next newPage() hanging: the tab is removed through the extension API
        // instead, and the test waits until the browser reports it gone.
        const close = async (): Promise<void> => {
          await chromium.worker.evaluate((id) => chrome.tabs.remove(id), tabId);
          await expect.poll(() => page.isClosed(), { timeout: 30_000 }).toBe(true);
        };
        return { tabId, url: async () => page.url(), close, chooseFile: (selector, path) => page.setInputFiles(selector, path) };
      },
      async popup(tabId) {
        const page = await chromium.context.newPage();
        await page.setViewportSize({ width: 380, height: 480 });
        await page.goto(`chrome-extension://${chromium.extensionId}/popup/index.html?tab=${tabId}`);
        await page.waitForSelector('#page-state');
        return playwrightUiPage(page);
      },
      async screenshot(page, name) {
        mkdirSync(TEST_OUTPUT, { recursive: true });
        await page.screenshot(join(TEST_OUTPUT, `chromium-${name}.png`));
      },
      requests: world.server.requests,
    };
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('"Anmelden" does the right thing on every login page: own form, choice, hand-off, eID, retired', async () => {
    await signInOnEveryLoginPage(driver);
  }, 120_000);

  it('"Über BundID anmelden" leaves the Keycloak page through its broker to BundID, with nothing of the vault', async () => {
    await signInThroughBundId(driver);
  });
});
