import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';

const VALUES = { givenNames: 'Erika', familyName: 'Mustermann', birthName: 'Gabler', birthDate: '12.08.1964', placeOfBirth: 'Berlin', nationality: 'DE' };

describe('consented fill and sign-in in Firefox ESR (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let admin: ReturnType<typeof extensionPage>;
  let adminPage: Page;
  let form: Page;

  const tabIdOf = async (pattern: string): Promise<number> =>
    (await adminPage.evaluate(`browser.tabs.query({ url: ${JSON.stringify(pattern)} }).then((tabs) => tabs[0]?.id ?? -1)`)) as number;
  const formValues = (): Promise<string[]> => form.$$eval('#cit-form input, #cit-form select', (els) => els.map((e) => (e as HTMLInputElement).value));

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
    adminPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    admin = extensionPage(adminPage);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    for (const [attributeId, value] of Object.entries(VALUES)) expect(await admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
    form = await firefox.newPage();
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('asks in the confirm window the first time, then fills with one click', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tab = await tabIdOf('https://mein-digiport.de/*');
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${tab}`, '#helper-state');
    await popup.waitForSelector('#fill');
    const confirm = await firefox.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitForSelector('#approve');
    expect(await confirm.$eval('#portal-origin', (e) => e.textContent)).toBe('https://mein-digiport.de');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await confirm.screenshot({ path: join(TEST_OUTPUT, 'firefox-confirm-first-fill.png') });
    await confirm.click('#approve');
    await expect.poll(formValues, { timeout: 5000 }).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);

    await form.reload();
    await popup.click('#fill');
    await expect.poll(() => popup.$eval('#page-result', (e) => e.textContent)).toBe('6 Felder ausgefüllt.');
    expect(await formValues()).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
  });

  it('bad input: a page that navigates away while the confirm window is open gets nothing, and the log says denied', async () => {
    expect(await admin.send('consent.revokePortal', { portalId: 'paderborn' })).toMatchObject({ ok: true });
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${await tabIdOf('https://mein-digiport.de/*')}`, '#helper-state');
    await popup.waitForSelector('#fill');
    const confirm = await firefox.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitForSelector('#approve');
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-2');
    await confirm.click('#approve');
    await expect.poll(() => confirm.$eval('#confirm-result', (e) => e.textContent).catch(() => ''), { timeout: 5000 }).toContain('Die Seite hat sich inzwischen geändert');
    expect((await form.$$eval('input', (els) => els.map((e) => (e).value))).join('')).toBe('');
    const log = (await admin.send('audit.list', { kind: 'fill' })).value as { entries: { outcome: string }[] };
    expect(log.entries[0]?.outcome).toBe('denied');
    await popup.close();
  });

  it('locked: the confirm window asks for the passphrase, then shows the values and fills on approval', async () => {
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
    expect(await admin.send('vault.lock', {})).toMatchObject({ ok: true });
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${await tabIdOf('https://mein-digiport.de/*')}`, '#helper-state');
    await popup.waitForSelector('#fill');
    const confirm = await firefox.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitForSelector('#passphrase');
    expect(await confirm.$eval('body', (b) => b.innerText)).not.toContain('Erika');
    await expect.poll(() => confirm.$eval('#portal-origin', (e) => e.textContent).catch(() => ''), { timeout: 5000 }).toBe('https://mein-digiport.de');
    await confirm.type('#passphrase', 'Korrekt Pferd Batterie Heftklammer');
    await confirm.click('button[type=submit]');
    await confirm.waitForSelector('#approve');
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    await confirm.click('#approve');
    await expect.poll(formValues, { timeout: 5000 }).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    await popup.close();
  });

  it('signs in with one click with the credential of exactly that origin', async () => {
    expect(await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' })).toMatchObject({ ok: true });
    const login = await firefox.newPage();
    await login.goto('https://id.bund.de/de/login/benutzername');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${await tabIdOf('https://id.bund.de/*')}`, '#helper-state');
    await popup.waitForSelector('#sign-in');
    await popup.click('#sign-in');
    await expect.poll(() => world.server.requests.some((r) => r.method === 'POST' && r.path === '/idp/profile/SAML2/POST/SSO' && r.body.includes('username=erika'))).toBe(true);
  });

  it('follows the same-origin BundID button of a Keycloak login page when only a BundID account exists', async () => {
    expect(await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' })).toMatchObject({ ok: true });
    const page = await firefox.newPage();
    await page.goto('https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${await tabIdOf('https://elternbeitraege.test/*')}`, '#helper-state');
    await popup.waitForSelector('#sign-in');
    await popup.click('#sign-in');
    await expect.poll(() => world.server.requests.some((r) => r.host === 'elternbeitraege.test' && r.path.startsWith('/realms/kita/broker/bundid/login?'))).toBe(true);
    expect(world.server.requests.some((r) => r.host === 'elternbeitraege.test' && r.method === 'POST')).toBe(false);
  });

  it('offers to save a sign-in made by hand, and saves only on "Speichern"', async () => {
    const login = await firefox.newPage();
    await login.goto('https://www.buergerserviceportal.nrw/krz/classic/login');
    await login.type('#bsp-user', 'erika.krz');
    await login.type('#bsp-pass', 'Zzyzx-Canary-Handeingabe');
    const tab = await tabIdOf('https://www.buergerserviceportal.nrw/*');
    await login.click('button[type=submit]');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const popup = await firefox.openExtensionPage(`popup/index.html?tab=${tab}`, '#helper-state');
    await expect.poll(() => popup.$eval('#offer-text', (e) => e.textContent).catch(() => ''), { timeout: 5000 }).toContain('erika.krz');
    expect(JSON.stringify(await admin.send('credential.list', {}))).not.toContain('erika.krz');
    await popup.click('#offer-save');
    await expect.poll(() => popup.$eval('#page-result', (e) => e.textContent), { timeout: 5000 }).toBe('Zugangsdaten gespeichert.');
    const listed = await admin.send('credential.list', {});
    expect((listed.value as { credentials: { origin: string; username: string }[] }).credentials).toContainEqual(expect.objectContaining({ origin: 'https://www.buergerserviceportal.nrw', username: 'erika.krz' }));
    expect(JSON.stringify(listed)).not.toContain('Zzyzx-Canary-Handeingabe');
    await popup.close();
  });
});
