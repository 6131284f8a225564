import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';

const VALUES = {
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  birthDate: '12.08.1964',
  placeOfBirth: 'Berlin',
  nationality: 'DE',
};
/** Firefox suspends an idle event page after this long (default 30 s); short here, so the test need not wait. */
const IDLE_MS = 1500;

/**
 * T19 in Firefox ESR: Firefox has no command that stops an extension's background, but it suspends an
 * idle event page (as it does for citizens after 30 s). A consent left pending in the confirm window
 * while the background is suspended is void afterwards: nothing filled, nothing replayed. No helper
 * here: an open native-messaging port keeps Firefox's event page alive (our port closes after 30 s
 * idle), which would only make the test wait longer.
 */
describe('T19 in Firefox ESR: a pending consent does not survive the background being suspended', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let form: Page;

  const formValues = (): Promise<string[]> =>
    form.$$eval('#cit-form input, #cit-form select', (els) => els.map((e) => (e as HTMLInputElement).value));

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world, withHelper: false, prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
    const adminPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    const admin = extensionPage(adminPage);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    for (const [attributeId, value] of Object.entries(VALUES))
      expect(await admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
    await adminPage.close();
    form = await firefox.newPage();
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  /**
   * Waits for "Übermitteln" in a confirm window. Twice on a busy machine it did not come within 30 s
   * (once in the first window, once in the one after the background woke); the cause is not known yet,
   * so a failure says what the window shows instead (locked, expired, still loading).
   */
  const approveShown = async (window: Awaited<ReturnType<FirefoxSession['windowOpenedBy']>>): Promise<void> => {
    await window.waitForSelector('#approve', { timeout: 90_000 }).catch(async (error: Error) => {
      throw new Error(
        `${error.message}; the confirm window shows: ${await window.evaluate(() => document.body.innerText).catch(() => '(closed)')}`,
      );
    });
  };

  it('voids the pending consent: "abgelaufen", no fill, and asking again works', async () => {
    await expect
      .poll(
        async () => {
          const probe = await firefox.openExtensionPage('popup/index.html', '#helper-state');
          const tabId = (await probe.evaluate(
            `browser.tabs.query({ url: 'https://mein-digiport.de/*' }).then((t) => t[0]?.id ?? -1)`,
          )) as number;
          const answer = (await extensionPage(probe).send('page.current', { tabId })).value as { page: { kind: string } | null };
          await probe.close();
          return answer.page?.kind;
        },
        { timeout: 20_000 },
      )
      .toBe('form');
    const probe = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    const tab = (await probe.evaluate(`browser.tabs.query({ url: 'https://mein-digiport.de/*' }).then((t) => t[0]?.id ?? -1)`)) as number;
    await probe.close();
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${tab}`, '#helper-state');
    await popup.waitForSelector('#fill');
    const confirm = await firefox.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await approveShown(confirm);
    await popup.close();
    // Nothing talks to the background now: Firefox suspends it after IDLE_MS, which we watch for.
    await expect.poll(() => firefox.backgroundState(), { timeout: 60_000 }).toBe('stopped');
    await confirm.click('#approve');
    await expect
      .poll(() => confirm.$eval('#confirm-result', (e) => e.textContent).catch(() => 'closed'), { timeout: 20_000 })
      .toMatch(/abgelaufen|closed/);
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    // The vault is still unlocked (session mode restores it), and asking again works as the first time.
    // (Right after the confirm window closed, BiDi may fail the first page it opens: openExtensionPage retries.)
    const again = await firefox.openExtensionPage(`popup/index.html?tab=${tab}`, '#helper-state');
    await again.waitForSelector('#fill');
    const second = await firefox.windowOpenedBy('/confirm/index.html', () => again.click('#fill'));
    // On a failure, say what the window shows instead (locked, expired, still loading).
    await approveShown(second);
    await second.click('#approve');
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    // Firefox's own idle time (about 30 s) is part of the walk: the cap leaves room for a busy machine.
  }, 240_000);
});
