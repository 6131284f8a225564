import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';

const FORM = 'https://mein-digiport.de/formulare/uvg/schritt-1';
const VALUES = { givenNames: 'Erika', familyName: 'Mustermann', birthName: 'Gabler', birthDate: '12.08.1964', placeOfBirth: 'Berlin', nationality: 'DE' };

describe('consented fill and one-click sign-in in Chromium (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  let admin: ReturnType<typeof extensionPage>;
  let form: Page;
  let formTab = 0;

  const tabIdOf = (pattern: string): Promise<number> =>
    chromium.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, pattern);
  const openPopup = async (tabId: number): Promise<Page> => {
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 420 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html?tab=${tabId}`);
    return popup;
  };
  const formValues = (): Promise<string[]> => form.$$eval('#cit-form input, #cit-form select', (els) => els.map((e) => (e as HTMLInputElement).value));
  /** The popup's "Ausfüllen" for the form tab, and the confirm window it opens (ready at `ready`). */
  const askToFill = async (ready: string): Promise<{ popup: Page; confirm: Page }> => {
    const popup = await openPopup(formTab);
    await popup.waitForSelector('#fill');
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html'));
    await popup.click('#fill');
    const confirm = await opened;
    await confirm.waitForSelector(ready);
    return { popup, confirm };
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    await chromium.portalsReady();
    const adminTab = await chromium.context.newPage();
    await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    admin = extensionPage(adminTab);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    for (const [attributeId, value] of Object.entries(VALUES)) expect(await admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
    form = await chromium.context.newPage();
    await form.goto(FORM);
    formTab = await tabIdOf('https://mein-digiport.de/*');
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('asks in the confirm window the first time, shows portal, origin, values, trust and source, then fills', async () => {
    const popup = await openPopup(formTab);
    await expect.poll(() => popup.locator('#page-state').textContent()).toBe('Serviceportal Stadt Paderborn erkannt – Formular');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot({ path: join(TEST_OUTPUT, 'chromium-popup-form-detected.png') });
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html'));
    await popup.click('#fill');
    const confirm = await opened;
    await confirm.waitForSelector('#approve');
    expect(await confirm.locator('#portal-name').textContent()).toBe('Serviceportal Stadt Paderborn');
    expect(await confirm.locator('#portal-origin').textContent()).toBe('https://mein-digiport.de');
    const text = await confirm.locator('ul.items').innerText();
    for (const value of ['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', 'deutsch', 'Vertrauensniveau niedrig', 'selbst eingegeben']) expect(text).toContain(value);
    await confirm.screenshot({ path: join(TEST_OUTPUT, 'chromium-confirm-first-fill.png') });
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    const closed = confirm.waitForEvent('close');
    await confirm.click('#approve');
    await closed;
    await expect.poll(formValues).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    const audit = await admin.send('audit.list', {});
    expect(audit).toMatchObject({ ok: true, value: { entries: [{ portalId: 'paderborn', origin: 'https://mein-digiport.de', kind: 'fill', outcome: 'disclosed' }], intact: true } });
    expect(JSON.stringify(audit)).not.toContain('Erika');
    await popup.close();
  });

  it('fills with one click once the portal has consent, without a confirm window', async () => {
    await form.reload();
    const popup = await openPopup(formTab);
    await popup.waitForSelector('#fill');
    let confirmOpened = false;
    chromium.context.once('page', (p) => { if (p.url().includes('/confirm/')) confirmOpened = true; });
    await popup.click('#fill');
    await expect.poll(() => popup.locator('#page-result').textContent()).toBe('6 Felder ausgefüllt.');
    expect(await formValues()).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    expect(confirmOpened).toBe(false);
    await popup.close();
  });

  it('asks again after the consent was revoked, and fills nothing on cancel', async () => {
    expect(await admin.send('consent.revoke', { portalId: 'paderborn', attributeId: 'birthName' })).toMatchObject({ ok: true });
    await form.reload();
    const { popup, confirm } = await askToFill('#cancel');
    const closed = confirm.waitForEvent('close');
    await confirm.click('#cancel');
    await closed;
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    const audit = await admin.send('audit.list', {});
    expect((audit.value as { entries: { outcome: string }[] }).entries[0]?.outcome).toBe('cancelled');
    await popup.close();
  });

  it('bad input: a page that navigates away while the confirm window is open gets nothing, and the log says denied', async () => {
    expect(await admin.send('consent.revokePortal', { portalId: 'paderborn' })).toMatchObject({ ok: true });
    await form.goto(FORM);
    const { popup, confirm } = await askToFill('#approve');
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-2');
    await confirm.click('#approve');
    await expect.poll(() => confirm.locator('#confirm-result').textContent()).toContain('Die Seite hat sich inzwischen geändert');
    expect((await form.$$eval('input', (els) => els.map((e) => (e).value))).join('')).toBe('');
    const log = (await admin.send('audit.list', { kind: 'fill' })).value as { entries: { outcome: string }[] };
    expect(log.entries[0]?.outcome).toBe('denied');
    await popup.close();
    await form.goto(FORM);
  });

  it('T19: voids a pending consent when the worker is stopped, with no fill and no replay', async () => {
    expect(await admin.send('consent.revokePortal', { portalId: 'paderborn' })).toMatchObject({ ok: true });
    await form.reload();
    const { popup, confirm } = await askToFill('#approve');
    const cdp = await chromium.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await confirm.click('#approve');
    await expect.poll(() => confirm.locator('#confirm-result').textContent().catch(() => 'closed')).toMatch(/abgelaufen|closed/);
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    // The session survived the restart (still unlocked); asking again works as the first time.
    const again = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html'));
    await popup.click('#fill');
    const second = await again;
    await second.waitForSelector('#approve');
    const closed = second.waitForEvent('close');
    await second.click('#approve');
    await closed;
    await expect.poll(formValues).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    await popup.close();
  });

  it('locked: the confirm window asks for the passphrase, then shows the values and fills on approval', async () => {
    await form.reload();
    await admin.send('vault.lock', {});
    const { popup, confirm } = await askToFill('#passphrase');
    await expect.poll(() => popup.locator('#page-result').textContent()).toContain('Bestätigungsfenster');
    expect(await confirm.locator('body').innerText()).not.toContain('Erika');
    // Before the passphrase: which site is asking.
    await expect.poll(() => confirm.locator('#portal-origin').textContent()).toBe('https://mein-digiport.de');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await confirm.screenshot({ path: join(TEST_OUTPUT, 'chromium-confirm-locked.png') });
    await confirm.fill('#passphrase', 'Korrekt Pferd Batterie Heftklammer');
    await confirm.click('button[type=submit]');
    await confirm.waitForSelector('#approve');
    expect(await confirm.locator('body').innerText()).toContain('Erika');
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    const closed = confirm.waitForEvent('close');
    await confirm.click('#approve');
    await closed;
    await expect.poll(formValues).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    await popup.close();
  });

  it('signs in with one click on a login page with the credential of exactly that origin', async () => {
    expect(await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' })).toMatchObject({ ok: true });
    expect(await admin.send('credential.save', { origin: 'https://int.id.bund.de', username: 'falsch', password: 'anderer-host' })).toMatchObject({ ok: true });
    const login = await chromium.context.newPage();
    await login.goto('https://id.bund.de/de/login/benutzername');
    const tab = await tabIdOf('https://id.bund.de/*');
    const popup = await openPopup(tab);
    await expect.poll(() => popup.locator('#page-state').textContent()).toBe('BundID erkannt – Anmeldeseite');
    const navigated = login.waitForURL('https://id.bund.de/de/login');
    await popup.click('#sign-in');
    await navigated;
    const post = world.server.requests.find((r) => r.method === 'POST' && r.path === '/idp/profile/SAML2/POST/SSO');
    expect(post?.body).toContain('username=erika');
    expect(post?.body).toContain('password=Zzyzx-Canary-Passwort');
    expect(post?.host).toBe('id.bund.de');
    const audit = await admin.send('audit.list', { kind: 'sign-in' });
    expect((audit.value as { entries: unknown[] }).entries).toHaveLength(1);
    await popup.close();
    await login.close();
  });

  it('chooses "Benutzername & Passwort" on BundID\'s start page, then signs in on the next click', async () => {
    const start = await chromium.context.newPage();
    await start.goto('https://id.bund.de/de/login');
    const tab = await tabIdOf('https://id.bund.de/*');
    const popup = await openPopup(tab);
    await expect.poll(() => popup.locator('#page-state').textContent()).toBe('BundID erkannt – Anmeldeseite');
    const moved = start.waitForURL('https://id.bund.de/de/login/benutzername');
    await popup.click('#sign-in');
    await moved;
    await expect.poll(() => popup.locator('#page-result').textContent()).toContain('Anmeldeweg gewählt');
    expect(await start.locator('#username').inputValue()).toBe('');
    await popup.close();
    const next = await openPopup(tab);
    await expect.poll(() => next.locator('#page-state').textContent()).toBe('BundID erkannt – Anmeldeseite');
    const submitted = start.waitForURL('https://id.bund.de/de/login');
    await next.click('#sign-in');
    await submitted;
    await next.close();
    await start.close();
  });

  it('follows the BundID button of a Keycloak login page when the citizen has only a BundID account', async () => {
    expect(await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' })).toMatchObject({ ok: true });
    const page = await chromium.context.newPage();
    await page.goto('https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
    const tab = await tabIdOf('https://elternbeitraege.test/*');
    const popup = await openPopup(tab);
    await expect.poll(() => popup.locator('#page-state').textContent()).toContain('Anmeldeseite');
    // A BundID button that leads to another origin is never followed.
    await page.evaluate(() => document.querySelector('#social-bundid')?.setAttribute('href', 'https://id.bund.de.evil.test/realms/kita/broker/bundid/login'));
    await popup.click('#sign-in');
    await page.waitForTimeout(500);
    expect(page.url()).toBe('https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
    await page.evaluate(() => document.querySelector('#social-bundid')?.setAttribute('href', '/realms/kita/broker/bundid/login?client_id=elternbeitraege'));
    const moved = page.waitForURL('https://elternbeitraege.test/realms/kita/broker/bundid/login?client_id=elternbeitraege');
    await popup.click('#sign-in');
    await moved;
    await expect.poll(() => popup.locator('#page-result').textContent()).toContain('Anmeldeweg gewählt');
    // Nothing of the BundID account went to the Keycloak page.
    expect(world.server.requests.some((r) => r.host === 'elternbeitraege.test' && r.method === 'POST')).toBe(false);
    await popup.close();
    await page.close();
  });

  it('offers to save a sign-in made by hand, and saves only on "Speichern"', async () => {
    const login = await chromium.context.newPage();
    await login.goto('https://www.buergerserviceportal.nrw/krz/classic/login');
    await login.fill('#bsp-user', 'erika.krz');
    await login.fill('#bsp-pass', 'Zzyzx-Canary-Handeingabe');
    const tab = await tabIdOf('https://www.buergerserviceportal.nrw/*');
    await login.click('button[type=submit]');
    const popup = await openPopup(tab);
    await expect.poll(() => popup.locator('#offer-text').textContent()).toContain('erika.krz');
    expect(JSON.stringify(await admin.send('credential.list', {}))).not.toContain('erika.krz');
    await popup.click('#offer-save');
    await expect.poll(() => popup.locator('#page-result').textContent()).toBe('Zugangsdaten gespeichert.');
    const listed = await admin.send('credential.list', {});
    expect((listed.value as { credentials: { origin: string; username: string }[] }).credentials).toContainEqual(expect.objectContaining({ origin: 'https://www.buergerserviceportal.nrw', username: 'erika.krz' }));
    expect(JSON.stringify(listed)).not.toContain('Zzyzx-Canary-Handeingabe');
    await popup.close();
  });
});
