import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, pregrantHost, type ChromiumSession } from '../support/launch-chromium.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { expectText, keyboardWalkthrough, manageScenario, MANAGE_PASSPHRASE, type UiBrowser } from './manage-scenario.ts';
import { playwrightUiPage } from './ui-page-adapters.ts';

describe('popup and options page in Chromium: manage data, consents and the disclosure log', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  const pages: Page[] = [];
  const browser: UiBrowser = {
    name: 'chromium',
    async open(path, ready, size) {
      const page = await chromium.context.newPage();
      pages.push(page);
      if (size) await page.setViewportSize(size);
      await page.goto(`chrome-extension://${chromium.extensionId}/${path}`);
      await page.waitForSelector(ready);
      return playwrightUiPage(page);
    },
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    await chromium.portalsReady();
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('set-up → add → see → edit → lock/unlock → revoke a consent → export and delete the log → delete all data', async () => {
    await manageScenario(browser);
  }, 120_000);

  it('walks the main path by keyboard alone', async () => {
    await keyboardWalkthrough(browser);
  }, 60_000);

  it('first run: restores a backup while setting up', async () => {
    const admin = await browser.open('popup/index.html', '#setup-passphrase');
    expect(await admin.send('vault.setup', { passphrase: MANAGE_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await admin.send('attribute.set', { attributeId: 'placeOfBirth', value: 'Berlin' })).toMatchObject({ ok: true });
    const backup = await admin.send('backup.export', { passphrase: 'Sicherung für den Test 2026' });
    expect(await admin.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toMatchObject({ ok: true });
    const page = await chromium.context.newPage();
    pages.push(page);
    await page.setViewportSize({ width: 380, height: 700 });
    await page.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    await page.waitForSelector('#setup-restore');
    await page.click('#setup-restore');
    await page.fill('#setup-passphrase', 'Ein neuer Tresor für Erika');
    await page.fill('#setup-repeat', 'Ein neuer Tresor für Erika');
    const file = backup.value as { filename: string; mimeType: string; content: string };
    await page.setInputFiles('#setup-backup-file', { name: file.filename, mimeType: file.mimeType, buffer: Buffer.from(file.content) });
    await page.fill('#setup-backup-passphrase', 'Sicherung für den Test 2026');
    await page.screenshot({ path: join(TEST_OUTPUT, 'chromium-manage-restore.png') });
    await page.click('#setup-submit');
    await page.waitForSelector('#tab-overview');
    await page.click('#tab-data');
    await expect
      .poll(() =>
        page
          .locator('#attribute-list')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Berlin');
    expect(await admin.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toMatchObject({ ok: true });
  }, 60_000);

  it('adds the site of the current tab as a portal from the popup', async () => {
    // A toolbar click (which grants activeTab) cannot be made headless. Instead the site's host access
    // is granted first: chrome://extensions pre-grants it and a click in an extension page requests it
    // (docs/RECIPES.md §12.2), which lets the popup see the tab's address just as activeTab would.
    await pregrantHost(chromium, 'https://formulare.test/*');
    const granter = await chromium.context.newPage();
    await granter.goto(`chrome-extension://${chromium.extensionId}/options/index.html`);
    await granter.evaluate(() => {
      const button = Object.assign(document.createElement('button'), { id: 'grant', textContent: 'grant' });
      button.addEventListener(
        'click',
        () =>
          void chrome.permissions
            .request({ origins: ['https://formulare.test/*'] })
            .then((granted) => ((window as unknown as { granted: boolean }).granted = granted)),
      );
      document.body.append(button);
    });
    await granter.click('#grant');
    await expect.poll(() => granter.evaluate(() => (window as unknown as { granted?: boolean }).granted)).toBe(true);
    await granter.close();
    const site = await chromium.context.newPage();
    await site.goto('https://formulare.test/controlled');
    // The newest tab is the site's (its address is only visible once the popup is allowed to see it).
    const tabId = await chromium.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)));
    const popup = await browser.open(`popup/index.html?tab=${tabId}`, '#setup-passphrase');
    expect(await popup.send('vault.setup', { passphrase: MANAGE_PASSPHRASE })).toMatchObject({ ok: true });
    await popup.reload('#add-site');
    expect(await popup.text('#page-state')).toBe('Kein verbundenes Portal');
    expect(await popup.text('#add-site')).toBe('formulare.test als Portal hinzufügen');
    await popup.click('#add-site');
    await expectText(popup, '#page-result', 'Hinzugefügt: formulare.test');
    const portals = await popup.send('portal.list', {});
    expect(
      (portals.value as { portals: { origins: string[]; userAdded: boolean }[] }).portals.find((p) =>
        p.origins.includes('https://formulare.test'),
      ),
    ).toMatchObject({ userAdded: true });
    await site.reload();
    await popup.reload('#page-state');
    await expectText(popup, '#page-state', 'formulare.test erkannt');
    expect(await popup.count('#add-site')).toBe(0);
    expect(await popup.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toMatchObject({ ok: true });
    await site.close();
  }, 60_000);

  it("switches the language in the options page: English pages, then back to the browser's German", async () => {
    const options = await browser.open('options/index.html', '#setup-passphrase', { width: 1000, height: 800 });
    expect(await options.send('vault.setup', { passphrase: MANAGE_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await options.send('attribute.set', { attributeId: 'givenNames', value: 'Erika' })).toMatchObject({ ok: true });
    await options.reload('#language');
    expect(await options.text('#heading-settings')).toBe('Einstellungen');
    await options.select('#language', 'en');
    await expect.poll(() => options.text('#heading-settings')).toBe('Settings');
    const popup = await browser.open('popup/index.html', '#tab-overview', { width: 380, height: 600 });
    expect(await popup.text('#tab-data')).toBe('Data');
    await popup.click('#tab-data');
    await popup.waitFor('#attribute-list li[data-attribute="givenNames"]');
    expect(await popup.text('#attribute-list li[data-attribute="givenNames"]')).toMatch(/Given names\s+Erika\s+low, typed by you/);
    await popup.screenshot(join(TEST_OUTPUT, 'chromium-manage-english-popup.png'));
    await options.select('#language', 'auto');
    await expect.poll(() => options.text('#heading-settings')).toBe('Einstellungen');
    expect(await options.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toMatchObject({ ok: true });
  }, 60_000);

  it('has no axe-core WCAG 2.1 AA violations in the popup (each state and tab), the options page and the confirm window', async () => {
    const violations: Record<string, unknown> = {};
    const check = async (name: string, page: Page): Promise<void> => {
      const found = await runAxe(page);
      if (found.length > 0) violations[name] = found;
    };
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    await popup.waitForSelector('#setup-passphrase');
    await check('popup set-up', popup);
    const admin = extensionPage(popup);
    expect(await admin.send('vault.setup', { passphrase: MANAGE_PASSPHRASE })).toMatchObject({ ok: true });
    for (const [attributeId, value] of Object.entries({
      givenNames: 'Erika',
      familyName: 'Mustermann',
      birthDate: '12.08.1964',
      placeOfBirth: 'Berlin',
      nationality: 'DE',
      city: 'Köln',
    })) {
      expect(await admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
    }
    // A real first fill: the confirm window, then a consent and a log entry to show.
    const form = await chromium.context.newPage();
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
    const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mein-digiport.de/*' }))[0]?.id ?? -1);
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html'));
    expect(await admin.send('fill.request', { tabId })).toMatchObject({ ok: true, value: { status: 'needs-consent' } });
    const confirm = await opened;
    await confirm.waitForSelector('#approve');
    await check('confirm window', confirm);
    const closed = confirm.waitForEvent('close');
    await confirm.check('#remember');
    await confirm.click('#approve');
    await closed;
    await popup.reload();
    await popup.waitForSelector('#tab-overview');
    for (const tab of ['overview', 'data', 'consents', 'log']) {
      await popup.click(`#tab-${tab}`);
      await popup.waitForSelector(`#panel-${tab}`);
      await popup.waitForFunction(
        () => !document.querySelector('[role="tabpanel"] [role="status"]')?.textContent?.includes('Wird geprüft'),
      );
      await check(`popup ${tab}`, popup);
      mkdirSync(TEST_OUTPUT, { recursive: true });
      await popup.screenshot({ path: join(TEST_OUTPUT, `chromium-popup-tab-${tab}.png`) });
    }
    const options = await chromium.context.newPage();
    await options.setViewportSize({ width: 1000, height: 800 });
    await options.goto(`chrome-extension://${chromium.extensionId}/options/index.html`);
    await options.waitForSelector('#section-delete');
    await options.waitForSelector('#audit-entries li');
    await check('options', options);
    await popup.click('#lock');
    await popup.waitForSelector('#passphrase');
    await check('popup locked', popup);
    expect(violations).toEqual({});
    // Positive control: the same run does see a violation when there is one.
    await popup.evaluate(() =>
      document.querySelector('main')?.append(Object.assign(document.createElement('input'), { id: 'axe-control' })),
    );
    expect((await runAxe(popup)).map((v) => v.id)).toContain('label');
  }, 120_000);
});
