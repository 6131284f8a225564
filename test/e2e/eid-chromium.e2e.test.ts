import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAusweisApp, type AusweisAppProcess } from '../support/ausweisapp-process.ts';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, WALLET_PROVIDER_TC_TOKEN_URL, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');
const cvcCreate = optionalTool('cvc-create', 'openpace');
/** The 1.26.2 Simulator race (docs/EID.md §9) fails about half of the runs; the window's retry is used. */
const MAX_TRIES = 8;

/**
 * Runs the confirm window's eID flow with the keypad Simulator to the end, pressing "Erneut
 * versuchen" after a Simulator race. Returns how many races were retried.
 */
async function runKeypadFlow(confirm: Page, shot: (name: string) => Promise<void>): Promise<number> {
  let races = 0;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    await confirm.waitForSelector('#eid-accept', { timeout: 30_000 });
    if (attempt === 1) await shot('consent');
    await confirm.click('#eid-accept');
    await confirm.waitForSelector('#eid-insert', { timeout: 30_000 });
    await confirm.click('#eid-insert');
    const next = await Promise.race([
      confirm.waitForSelector('#eid-keypad', { timeout: 30_000 }).then(() => 'pin' as const),
      confirm.waitForSelector('#eid-failure', { timeout: 30_000 }).then(() => 'failure' as const),
    ]);
    if (next === 'failure') {
      expect(await confirm.locator('#eid-failure').textContent()).toContain('Verbindung zum Ausweis ist gestört');
      races++;
      await confirm.click('#eid-retry');
      continue;
    }
    await shot('keypad');
    await confirm.click('#eid-enter');
    return races;
  }
  throw new Error(`the Simulator race hit all ${MAX_TRIES} attempts`);
}

/**
 * A PIN change's card step with the keypad Simulator, pressing "Erneut versuchen" after a race, until
 * the current PIN is asked for. Returns how many races were retried.
 */
async function insertForPinChange(confirm: Page): Promise<number> {
  let races = 0;
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    await confirm.waitForSelector('#eid-insert', { timeout: 30_000 });
    await confirm.click('#eid-insert');
    const next = await Promise.race([
      confirm.waitForSelector('#eid-keypad', { timeout: 30_000 }).then(() => 'pin' as const),
      confirm.waitForSelector('#eid-failure', { timeout: 30_000 }).then(() => 'failure' as const),
    ]);
    if (next === 'pin') return races;
    races++;
    await confirm.click('#eid-retry');
  }
  throw new Error(`the Simulator race hit all ${MAX_TRIES} attempts`);
}

describe.skipIf(!ausweisApp2.available || !cvcCreate.available)('eID with the real AusweisApp2 in Chromium (built extension, helper, mock eID services)', () => {
  let world: FixtureWorld;
  let app: AusweisAppProcess;
  let chromium: ChromiumSession;
  let admin: ReturnType<typeof extensionPage>;
  /** What the wallet provider's refresh address answers instead of the Simulator's data (bad-input case). */
  let walletBody: { type: string; body: string } | null = null;

  const shooter = (page: Page, prefix: string) => async (name: string): Promise<void> => {
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, `chromium-${prefix}-${name}.png`) });
  };

  beforeAll(async () => {
    world = await startFixtureWorld({ eid: true, walletBody: () => walletBody });
    const proxy = `http://127.0.0.1:${world.proxy.port}`;
    // AusweisApp follows https_proxy, so it reaches id.bund.de and the provider at their real names.
    app = await startAusweisApp({ env: { https_proxy: proxy } });
    chromium = await launchChromium({
      world,
      // The helper inherits this: its AusweisApp, the proxy for the wallet read, the test CA. Chromium
      // itself ignores the proxy (it maps hosts with resolver rules).
      env: { AMTSPASS_AUSWEISAPP_PORT: String(app.port), https_proxy: proxy, NODE_EXTRA_CA_CERTS: world.certs.caPath },
      args: ['--no-proxy-server'],
    });
    await chromium.portalsReady();
    const adminTab = await chromium.context.newPage();
    await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    admin = extensionPage(adminTab);
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    await app?.stop();
    await world?.close();
  });

  it('"Online-Ausweis verwenden" on BundID → confirm window → keypad → the tab lands on the refresh URL', async () => {
    const portal = await chromium.context.newPage();
    await portal.goto('https://id.bund.de/de/login/online-ausweis');
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await portal.click('#eid-start');
    const confirm = await opened;
    await confirm.setViewportSize({ width: 480, height: 720 });
    const shot = shooter(confirm, 'eid-signin');
    await confirm.waitForSelector('#eid-accept', { timeout: 30_000 });
    expect(await confirm.locator('#eid-portal-name').textContent()).toBe('BundID');
    expect(await confirm.locator('#eid-portal-origin').textContent()).toBe('https://id.bund.de');
    expect(await confirm.locator('#eid-subject-name').textContent()).toBe('BundID eID-Service (Test)');
    expect(await confirm.locator('#eid-subject-url').textContent()).toBe('id.bund.de');
    expect(await confirm.locator('#eid-purpose').textContent()).toContain('Anmeldung am Portal');
    expect(await confirm.locator('ul.rights').innerText()).toContain('Familienname');
    // The page itself never went to AusweisApp's activation address.
    expect(portal.url()).toBe('https://id.bund.de/de/login/online-ausweis');
    const races = await runKeypadFlow(confirm, shot);
    console.info(`eID sign-in: ${races} Simulator race(s) retried in the window`);
    await portal.waitForURL(/^https:\/\/id\.bund\.de\/eid\/refresh\?sid=\w+&ResultMajor=ok$/, { timeout: 30_000 });
    expect(await portal.locator('#eid-result').textContent()).toBe('Sie sind mit dem Online-Ausweis angemeldet.');
    // One entry per run: each retried race as failed (nothing read), the last one disclosed.
    const audit = await admin.send('audit.list', { kind: 'eid' });
    const entries = (audit.value as { entries: { outcome: string; portalId: string; origin: string; attributeIds: string[] }[] }).entries;
    expect(entries.map((e) => e.outcome).sort()).toEqual([...Array<string>(races).fill('failed'), 'disclosed'].sort());
    expect(entries.find((e) => e.outcome === 'disclosed')).toMatchObject({ portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: expect.arrayContaining(['familyName', 'givenNames']) as unknown });
  }, 120_000);

  it('raising the trust level is the same flow, started from the account page', async () => {
    const portal = await chromium.context.newPage();
    await portal.goto('https://id.bund.de/de/konto/vertrauensniveau');
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await portal.click('#eid-upgrade');
    const confirm = await opened;
    const races = await runKeypadFlow(confirm, async () => undefined);
    await portal.waitForURL(/^https:\/\/id\.bund\.de\/eid\/refresh\?sid=\w+&ResultMajor=ok$/, { timeout: 30_000 });
    expect(world.eid?.signin.refreshed.at(-1)?.result).toBe('ok');
    console.info(`eID upgrade: ${races} Simulator race(s) retried`);
  }, 120_000);

  it('PIN change from the popup: card, current PIN and new PIN on the keypad reader, then "Ihre neue PIN ist gesetzt"; nothing is logged as a disclosure', async () => {
    const before = await admin.send('audit.list', {});
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await popup.click('#change-pin');
    const confirm = await opened;
    await confirm.setViewportSize({ width: 480, height: 720 });
    const shot = shooter(confirm, 'eid-change-pin');
    await confirm.waitForSelector('#eid-insert', { timeout: 30_000 });
    expect(await confirm.locator('#eid-portal-name').textContent()).toBe('PIN ändern oder Transport-PIN ersetzen');
    const races = await insertForPinChange(confirm);
    expect(await confirm.locator('#eid-number-intro').textContent()).toContain('fünfstellige Transport-PIN');
    await shot('current-pin');
    await confirm.click('#eid-enter');
    await expect.poll(() => confirm.locator('#eid-number-intro').textContent(), { timeout: 30_000 }).toContain('neue sechsstellige PIN');
    expect(await confirm.locator('#eid-keypad').textContent()).toContain('zweimal');
    await shot('new-pin');
    await confirm.click('#eid-enter');
    await confirm.waitForSelector('#eid-result', { timeout: 30_000 });
    expect(await confirm.locator('#eid-result').textContent()).toBe('Ihre neue PIN ist gesetzt. Mit ihr nutzen Sie ab jetzt den Online-Ausweis.');
    await shot('done');
    console.info(`PIN change: ${races} Simulator race(s) retried in the window`);
    expect(await admin.send('audit.list', {})).toEqual(before);
  }, 120_000);

  it('a sign-in\'s PIN step offers the PIN change to a citizen who has only the Transport-PIN; the sign-in is cancelled, the portal tab stays', async () => {
    const portal = await chromium.context.newPage();
    await portal.goto('https://id.bund.de/de/login/online-ausweis');
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await portal.click('#eid-start');
    const signIn = await opened;
    for (let attempt = 1; ; attempt++) {
      await signIn.waitForSelector('#eid-accept', { timeout: 30_000 });
      await signIn.click('#eid-accept');
      await signIn.waitForSelector('#eid-insert', { timeout: 30_000 });
      await signIn.click('#eid-insert');
      const next = await Promise.race([
        signIn.waitForSelector('#eid-start-change-pin', { timeout: 30_000 }).then(() => 'pin' as const),
        signIn.waitForSelector('#eid-failure', { timeout: 30_000 }).then(() => 'failure' as const),
      ]);
      if (next === 'pin') break;
      expect(attempt).toBeLessThan(MAX_TRIES);
      await signIn.click('#eid-retry');
    }
    expect(await signIn.locator('#eid-transport-pin').textContent()).toContain('Transport-PIN');
    const pinWindowOpened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    const signInClosed = signIn.waitForEvent('close');
    await signIn.click('#eid-start-change-pin');
    const pinWindow = await pinWindowOpened;
    await signInClosed;
    await pinWindow.waitForSelector('#eid-insert', { timeout: 30_000 });
    expect(await pinWindow.locator('#eid-portal-name').textContent()).toBe('PIN ändern oder Transport-PIN ersetzen');
    await pinWindow.click('#eid-cancel');
    await pinWindow.waitForSelector('#eid-failure', { timeout: 30_000 });
    expect(portal.url()).toBe('https://id.bund.de/de/login/online-ausweis');
  }, 180_000);

  it('wallet read from the popup: the values are stored as "hoch, aus dem Ausweis" and the popup shows them', async () => {
    expect(await admin.send('settings.set', { autoLockMinutes: 15, auditRetentionDays: 730, walletProviderUrl: WALLET_PROVIDER_TC_TOKEN_URL })).toMatchObject({ ok: true });
    expect(await admin.send('attribute.set', { attributeId: 'givenNames', value: 'Erica' })).toMatchObject({ ok: true });
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await popup.click('#tab-data');
    await popup.click('#read-card');
    const confirm = await opened;
    await confirm.setViewportSize({ width: 480, height: 720 });
    const shot = shooter(confirm, 'eid-wallet');
    await runKeypadFlow(confirm, shot);
    await confirm.waitForSelector('#eid-differences', { timeout: 30_000 });
    const review = await confirm.locator('#eid-differences').innerText();
    for (const text of ['Erika', 'Mustermann', 'Gabler', 'Heidestraße', '17', 'Köln', '51147', 'bisher: Erica', 'abweichend', 'neu']) expect(review).toContain(text);
    await shot('review');
    const closed = confirm.waitForEvent('close');
    await confirm.click('#eid-store');
    await confirm.waitForSelector('#eid-result');
    await closed;
    const listed = await admin.send('attribute.list', {});
    const byId = new Map(((listed.value as { attributes: { attributeId: string; value: string; trust: string; source: string }[] }).attributes).map((a) => [a.attributeId, a]));
    expect(byId.get('givenNames')).toMatchObject({ value: 'Erika', trust: 'high', source: 'eid' });
    expect(byId.get('street')).toMatchObject({ value: 'Heidestraße', trust: 'high', source: 'eid' });
    expect(byId.get('birthDate')).toMatchObject({ value: '1964-08-12', trust: 'high', source: 'eid' });
    const view = await chromium.context.newPage();
    await view.setViewportSize({ width: 380, height: 600 });
    await view.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    await view.click('#tab-data');
    const given = view.locator('#attribute-list li[data-attribute="givenNames"]');
    await expect.poll(() => given.innerText()).toContain('Erika');
    expect(await given.innerText()).toMatch(/hoch, aus dem Ausweis gelesen am \d{2}\.\d{2}\.\d{4}/);
    await shooter(view, 'popup')('attributes-after-card-read');
    const audit = await admin.send('audit.list', { kind: 'eid-read' });
    expect(JSON.stringify(audit)).toContain('"kind":"eid-read"');
    expect(JSON.stringify(audit)).not.toContain('Erika');
    // The refresh URL was fetched once, by the helper, never by the browser.
    expect(world.eid?.wallet.refreshed).toHaveLength(1);
    expect(world.server.requests.filter((r) => r.host === 'selbstauskunft.test' && r.path.startsWith('/refresh'))).toHaveLength(1);
  }, 180_000);

  it('bad input: a tcTokenURL that is not https is refused in the window; nothing starts, nothing navigates', async () => {
    const portal = await chromium.context.newPage();
    await portal.goto('https://id.bund.de/de/login/online-ausweis');
    // The page's own link, as a careless or hostile portal page might carry it.
    await portal.evaluate(() => {
      const link = document.getElementById('eid-start') as HTMLAnchorElement;
      link.href = 'http://127.0.0.1:24727/eID-Client?tcTokenURL=http%3A%2F%2Fid.bund.de%2Feid%2FtcToken';
    });
    const before = world.server.requests.length;
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await portal.click('#eid-start');
    const confirm = await opened;
    await confirm.waitForSelector('#eid-problem');
    expect(await confirm.locator('#eid-problem').textContent()).toContain('nicht sicher (https)');
    await shooter(confirm, 'eid-bad')('http-tctoken');
    expect(portal.url()).toBe('https://id.bund.de/de/login/online-ausweis');
    expect(world.server.requests.slice(before).some((r) => r.path.startsWith('/eid/'))).toBe(false);
    await confirm.close();
  }, 60_000);

  it('bad input: a provider answering malformed JSON gives a clear error and stores nothing', async () => {
    walletBody = { type: 'application/json', body: '{"PersonalData": {"GivenNames": ' };
    const before = JSON.stringify(await admin.send('attribute.list', {}));
    const popup = await chromium.context.newPage();
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await popup.click('#tab-data');
    await popup.click('#read-card');
    const confirm = await opened;
    for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
      await confirm.waitForSelector('#eid-accept', { timeout: 30_000 });
      await confirm.click('#eid-accept');
      await confirm.click('#eid-insert');
      await Promise.race([confirm.waitForSelector('#eid-keypad', { timeout: 30_000 }), confirm.waitForSelector('#eid-failure', { timeout: 30_000 })]);
      if (await confirm.locator('#eid-failure').count()) {
        await confirm.click('#eid-retry');
        continue;
      }
      await confirm.click('#eid-enter');
      break;
    }
    await confirm.waitForSelector('#eid-failure', { timeout: 30_000 });
    expect(await confirm.locator('#eid-failure').textContent()).toContain('keine lesbaren Daten');
    expect(JSON.stringify(await admin.send('attribute.list', {}))).toBe(before);
    walletBody = null;
  }, 180_000);

  it('without the helper, the click goes to AusweisApp\'s own activation address as before', async () => {
    const bare = await launchChromium({ world, withHelper: false });
    try {
      await bare.portalsReady();
      const portal = await bare.context.newPage();
      await portal.goto('https://id.bund.de/de/login/online-ausweis');
      const activation = await portal.locator('#eid-start').getAttribute('href');
      let confirmOpened = false;
      bare.context.on('page', (p) => { if (p.url().includes('/confirm/')) confirmOpened = true; });
      const request = portal.waitForRequest((r) => r.url().startsWith('http://127.0.0.1:24727/eID-Client?'), { timeout: 30_000 });
      await portal.click('#eid-start');
      expect((await request).url()).toBe(activation);
      expect(confirmOpened).toBe(false);
    } finally {
      await bare.close();
    }
  }, 60_000);
});
