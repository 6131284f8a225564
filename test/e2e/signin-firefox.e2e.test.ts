import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { puppeteerUiPage } from './ui-page-adapters.ts';
import { signInOnEveryLoginPage, signInThroughBundId, type SignInDriver } from './signin-scenario.ts';

describe("one-click sign-in on every fixture portal's login page in Firefox ESR (built extension)", () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let driver: SignInDriver;

  beforeAll(async () => {
    world = await startFixtureWorld();
    // No AusweisApp for this walk: the eID sign-in it starts must not reach beyond the fixtures.
    firefox = await launchFirefox({ world, env: { AMTSPASS_AUSWEISAPP_BINARY: 'none', AMTSPASS_AUSWEISAPP_PORT: '1' } });
    const adminPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    const admin = extensionPage(adminPage);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    driver = {
      name: 'firefox',
      send: (type, payload) => admin.send(type, payload),
      async open(url) {
        const page = await firefox.newPage();
        await page.goto(url);
        const pattern = JSON.stringify(url.replace(/[?#].*$/, ''));
        const tabId = (await adminPage.evaluate(`browser.tabs.query({ url: ${pattern} }).then((tabs) => tabs[0]?.id ?? -1)`)) as number;
        // The content script reports the page shortly after load; the popup asks the background then.
        await expect
          .poll(async () => ((await admin.send('page.current', { tabId })).value as { page: unknown }).page, { timeout: 20_000 })
          .not.toBeNull();
        const chooseFile = async (selector: string, path: string): Promise<void> => {
          const input = await page.waitForSelector(selector);
          await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
        };
        return { tabId, url: async () => page.evaluate(() => location.href), close: () => page.close(), chooseFile };
      },
      async popup(tabId) {
        const page = await firefox.openExtensionPage(`popup/index.html?tab=${tabId}`, '#helper-state');
        await page.setViewport({ width: 380, height: 480 });
        await page.waitForSelector('#page-state', { timeout: 15_000 });
        return puppeteerUiPage(page);
      },
      async screenshot(page, name) {
        mkdirSync(TEST_OUTPUT, { recursive: true });
        await page.screenshot(join(TEST_OUTPUT, `firefox-${name}.png`));
      },
      requests: world.server.requests,
    };
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('"Anmelden" does the right thing on every login page: own form, choice, hand-off, eID, retired', async () => {
    await signInOnEveryLoginPage(driver);
  }, 180_000);

  it('"Über BundID anmelden" leaves the Keycloak page through its broker to BundID, with nothing of the vault', async () => {
    await signInThroughBundId(driver);
  });
});
