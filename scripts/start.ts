// `npm start`: fixture portals under their real hostnames, AusweisApp2 headless (if installed), and
// Chromium with the built extension and the helper registered for a fresh profile, on the demo start
// page. Without a display, or with --headless, it walks the demo and writes screenshots instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AUSWEISAPP_DEFAULT_PORT } from '../helper/ausweisapp/sdk-socket.ts';
import { isPortListening, startAusweisApp, type AusweisAppProcess } from '../test/support/ausweisapp-process.ts';
import { DEMO_HOST } from '../test/support/fixture-hosts.ts';
import { startFixtureWorld, WALLET_PROVIDER_TC_TOKEN_URL } from '../test/support/fixture-world.ts';
import { launchChromium } from '../test/support/launch-chromium.ts';
import { optionalTool } from '../test/support/optional-tool.ts';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import { extensionPage } from '../test/support/extension-page.ts';
import { DEMO_HOUSEHOLD, DEMO_PERSON } from './demo-person.ts';
import { composeStoreScreenshot } from './store-screenshot.ts';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const say = (line: string): void => console.log(`amtspass: ${line}`);

// The mock eID services need openpace's cvc-create for their certificate chain.
const eidDemo = optionalTool('cvc-create', 'openpace').available;
const world = await startFixtureWorld({ eid: eidDemo, signedInPage: true });
say(`fixture portals on 127.0.0.1:${world.server.port} (test CA in ${world.certs.dir})`);
const proxy = `http://127.0.0.1:${world.proxy.port}`;

// The portals' eID links name 127.0.0.1:24727, so the demo's AusweisApp listens there when it can.
let ausweisApp: AusweisAppProcess | undefined;
if (await isPortListening(AUSWEISAPP_DEFAULT_PORT)) {
  say(
    `an AusweisApp already listens on 127.0.0.1:${AUSWEISAPP_DEFAULT_PORT}; using it (it cannot reach the demo eID services, so eID ends with a network error)`,
  );
} else if (optionalTool('AusweisApp2', 'ausweisapp2').available) {
  // https_proxy: AusweisApp reaches the demo's eID services at id.bund.de through the fixture proxy.
  ausweisApp = await startAusweisApp({ port: AUSWEISAPP_DEFAULT_PORT, webservice: true, env: { https_proxy: proxy } });
  say(`AusweisApp2 running headless on 127.0.0.1:${ausweisApp.port} with the Simulator card`);
}

const chromium = await launchChromium({
  world,
  headless,
  ownSignals: true,
  // The helper inherits these: the proxy and test CA for the wallet read's provider. Chromium itself maps hosts instead.
  env: { https_proxy: proxy, NODE_EXTRA_CA_CERTS: world.certs.caPath },
  args: ['--no-proxy-server'],
});
say(`Chromium with Amtspass ${chromium.extensionId}, helper registered in the profile`);

// Demo data: the vault is set up with the simulator person (typed values, trust "niedrig") and a BundID
// account, so the popup's "Diese Seite ausfüllen" and "Anmelden" work on the demo portals at once.
const DEMO_PASSPHRASE = 'Demo-Passphrase 2026';
await chromium.portalsReady();
const setupTab = await chromium.context.newPage();
await setupTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
const admin = extensionPage(setupTab);
await admin.send('vault.setup', { passphrase: DEMO_PASSPHRASE });
for (const [attributeId, value] of Object.entries(DEMO_PERSON)) await admin.send('attribute.set', { attributeId, value });
// Her household, for the forms that ask about more than one person.
for (const { role, values } of DEMO_HOUSEHOLD) {
  const added = await admin.send('person.add', { role, givenNames: values.givenNames ?? '' });
  if (!added.ok) continue;
  const personId = (added.value as { personId: string }).personId;
  for (const [attributeId, value] of Object.entries(values)) await admin.send('attribute.set', { attributeId, value, personId });
}
await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika.mustermann', password: 'Demo-Passwort-1' });
// "Daten aus dem Ausweis übernehmen" reads from the demo's attribute provider.
await admin.send('settings.set', { autoLockMinutes: 15, auditRetentionDays: 730, walletProviderUrl: WALLET_PROVIDER_TC_TOKEN_URL });
await setupTab.close();
say(`demo vault set up (passphrase "${DEMO_PASSPHRASE}") with Erika Mustermann's data, her household and a BundID account`);

/** Everything started goes, with its temporary folders (the browser profile holds the demo vault). */
async function shutdown(): Promise<void> {
  say('stopping: browser, AusweisApp and the demo portals, with their temporary folders');
  await chromium.close().catch(() => undefined);
  await ausweisApp?.stop().catch(() => undefined);
  await world.close().catch(() => undefined);
  say('stopped; nothing of the demo is left behind');
}

if (headless) {
  const out = join(PROJECT_ROOT, 'demo-output');
  mkdirSync(out, { recursive: true });
  const shots: string[] = [];
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  for (const [name, url] of [
    ['1-demo-start', `https://${DEMO_HOST}/`],
    ['2-bundid-login', 'https://id.bund.de/de/login'],
  ] as const) {
    await page.goto(url);
    const path = join(out, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
  }
  await page.goto('https://mein-digiport.de/formulare/uvg/schritt-1');
  await page.waitForTimeout(300);
  const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mein-digiport.de/*' }))[0]?.id ?? -1);
  const popup = await chromium.context.newPage();
  await popup.setViewportSize({ width: 380, height: 400 });
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html?tab=${tabId}`);
  await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await popup.waitForSelector('#fill');
  const shot = async (name: string, target: { screenshot(o: { path: string }): Promise<Buffer> }): Promise<Buffer> => {
    const path = join(out, `${name}.png`);
    const png = await target.screenshot({ path });
    shots.push(path);
    return png;
  };
  // Store screenshots (1280×800): the portal page with the extension's window in front, captioned.
  const store = async (name: string, caption: string, pagePng: Buffer, windowPng?: Buffer): Promise<void> => {
    const path = join(out, `store-${name}.png`);
    await composeStoreScreenshot(chromium.context, { caption, page: pagePng, window: windowPng, path });
    shots.push(path);
  };
  const formPng = await page.screenshot();
  await store(
    '1-form-detected',
    'Formular erkannt: Ihre Angaben mit einem Klick eintragen',
    formPng,
    await shot('3-popup-form-detected', popup),
  );
  say(
    `helper status in the popup: ${await popup.locator('#helper-state').textContent()} / ${await popup.locator('#ausweisapp-state').textContent()}`,
  );
  const opened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html'));
  await popup.click('#fill');
  const confirm = await opened;
  await confirm.waitForSelector('#approve');
  await store(
    '2-confirm',
    'Vor der ersten Weitergabe fragt Amtspass – Sie sehen jeden Wert',
    formPng,
    await shot('4-confirm-first-disclosure', confirm),
  );
  await confirm.click('#approve');
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#vorname')?.value !== '');
  await store('3-form-filled', 'Eingetragen wird nur, was Sie freigegeben haben', await shot('5-form-filled', page));
  const login = await chromium.context.newPage();
  await login.setViewportSize({ width: 1100, height: 760 });
  await login.goto('https://id.bund.de/de/login');
  const loginTab = await chromium.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://id.bund.de/*' }))[0]?.id ?? -1);
  await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html?tab=${loginTab}`);
  await popup.waitForSelector('#page-state');
  await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await store('4-sign-in', 'Anmelden bei BundID und Serviceportalen mit einem Klick', await login.screenshot(), await popup.screenshot());
  // The one-click sign-in with the seeded BundID account: "Benutzername & Passwort", then the form.
  await popup.click('#sign-in');
  await login.waitForURL('https://id.bund.de/de/login/benutzername');
  await popup.reload();
  await popup.waitForSelector('#sign-in');
  await popup.click('#sign-in');
  await login.waitForURL((url) => !url.pathname.startsWith('/de/login'));
  await shot('6-signed-in', login);
  await login.close();
  // Every tab of the popup: what is stored, what each portal may get, and the log of disclosures.
  await popup.setViewportSize({ width: 380, height: 600 });
  for (const [name, tab] of [
    ['7-tab-data', 'data'],
    ['8-tab-consents', 'consents'],
    ['9-tab-log', 'log'],
  ] as const) {
    await popup.click(`#tab-${tab}`);
    await popup.waitForSelector(`#panel-${tab} :is(ul, table, p)`);
    await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await shot(name, popup);
  }
  if (ausweisApp && eidDemo) {
    // eID sign-in on BundID with the Simulator card (keypad: no PIN is typed); the 1.26.2 race is retried.
    await page.goto('https://id.bund.de/de/login/online-ausweis');
    const eidOpened = chromium.context.waitForEvent('page', (p) => p.url().includes('/confirm/index.html?eid='));
    await page.click('#eid-start');
    const eid = await eidOpened;
    await eid.setViewportSize({ width: 480, height: 720 });
    await eid.waitForSelector('#eid-accept', { timeout: 30_000 });
    await shot('10-eid-consent', eid);
    for (let attempt = 0; attempt < 8; attempt++) {
      if (attempt > 0) await eid.waitForSelector('#eid-accept', { timeout: 30_000 });
      await eid.click('#eid-accept');
      await eid.click('#eid-insert');
      await Promise.race([
        eid.waitForSelector('#eid-keypad', { timeout: 30_000 }),
        eid.waitForSelector('#eid-failure', { timeout: 30_000 }),
      ]);
      if (await eid.locator('#eid-keypad').count()) break;
      await eid.click('#eid-retry');
    }
    await shot('11-eid-keypad', eid);
    await eid.click('#eid-enter');
    await page.waitForURL(/\/eid\/refresh/, { timeout: 30_000 });
    await shot('12-eid-signed-in', page);
  }
  for (const shot of shots) console.log(shot);
  await shutdown();
} else {
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.goto(`https://${DEMO_HOST}/`);
  say('the demo runs; close the browser window or press Ctrl+C to stop');
  await new Promise<void>((resolve) => {
    chromium.context.on('close', () => resolve());
    // `on`, not `once`: Ctrl+C can arrive twice (from the terminal and relayed by tsx), and a second
    // signal without a listener would end the process before its temporary folders are removed.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => resolve());
  });
  await shutdown();
}
