import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { CANARY, ORIGIN } from './hostile-canary.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';


/** The docs/SECURITY.md §5 fill cases of the Chromium suite, in Firefox ESR with the built extension. */
describe('hostile pages in Firefox ESR: what a fill never does', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let admin: ReturnType<typeof extensionPage>;
  let adminPage: Page;
  let page: Page;

  const fill = async (url: string): Promise<Record<string, string>> => {
    await page.goto(url);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const tabId = (await adminPage.evaluate(`browser.tabs.query({ url: '${ORIGIN}/*' }).then((t) => t[0]?.id ?? -1)`)) as number;
    await admin.send('fill.request', { tabId });
    return page.$$eval('main input', (els) => Object.fromEntries(els.map((e) => [(e).name, (e).value])));
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
    adminPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    admin = extensionPage(adminPage);
    await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    for (const [attributeId, value] of Object.entries(CANARY)) await admin.send('attribute.set', { attributeId, value });
    const confirm = extensionPage(await firefox.openExtensionPage('confirm/index.html', '#app'));
    expect(await confirm.send('consent.grant', { portalId: 'elternbeitraege', attributeIds: Object.keys(CANARY) })).toMatchObject({ ok: true });
    page = await firefox.newPage();
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('T06/T07: fills nothing into forms that post over http or to another origin', async () => {
    expect(Object.values(await fill(`${ORIGIN}/hostile/t07-foreign-action`)).join('')).toBe('');
    expect(Object.values(await fill(`${ORIGIN}/hostile/t06-http-action`)).join('')).toBe('');
  });

  it('T07: stops the submission and clears the values when a script rewrites the action after the fill', async () => {
    const values = await fill(`${ORIGIN}/hostile/t07-rewrite`);
    expect(values.vorname).toBe(CANARY.givenNames);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await page.click('#senden');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(page.url()).toBe(`${ORIGIN}/hostile/t07-rewrite`);
    expect(await page.$eval('#vorname', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(JSON.stringify(world.server.requests.filter((r) => r.host === 'collector.test'))).not.toContain('Zzyzx');
  });

  it('T09: fills only the visible field, never the ten hidden ones', async () => {
    const values = await fill(`${ORIGIN}/hostile/t09-hidden`);
    expect(values.email).toBe(CANARY.email);
    expect(Object.entries(values).filter(([name, value]) => name !== 'email' && value !== '')).toEqual([]);
  });

  it('T08: fills the top document only, never a cross-origin frame', async () => {
    const values = await fill(`${ORIGIN}/hostile/t08-frames`);
    expect(values.vorname).toBe(CANARY.givenNames);
    const frame = page.frames().find((f) => f.url().startsWith('https://ads.test/'));
    expect(await frame?.$$eval('input', (els) => els.map((e) => (e).value).join(''))).toBe('');
  });

  it('T05: refuses a lookalike origin', async () => {
    await page.goto('https://id.bund.de.evil.test/de/login');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tabId = (await adminPage.evaluate("browser.tabs.query({}).then((tabs) => tabs.find((t) => (t.url ?? '').includes('evil') || t.url === undefined)?.id ?? -1)")) as number;
    expect(await admin.send('fill.request', { tabId })).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
  });

  it('T13/T15/T16: ignores postMessage spoofing, offers pages no messaging API, and its extension pages cannot be framed by a site', async () => {
    await page.goto(`${ORIGIN}/antrag/schritt-1`);
    await page.evaluate(() => {
      for (const type of ['fill.apply', 'FILL', 'UNLOCK', 'consent.grant']) {
        window.postMessage({ v: 1, id: 'x', type, payload: { attributes: { givenNames: 'X' }, kinds: ['givenNames'], origin: location.origin, submit: false } }, '*');
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await page.$eval('#as_vorname', (e) => (e as HTMLInputElement).value)).toBe('');
    // T15: Firefox gives web pages no runtime.sendMessage/connect to an extension at all (it has no
    // externally_connectable for pages), so a page has nothing to call with our id.
    expect(await page.evaluate('[typeof globalThis.chrome, typeof globalThis.browser, typeof globalThis.chrome?.runtime?.sendMessage].join()')).toBe('undefined,undefined,undefined');
    await page.goto('https://evil.test/');
    const framed = await page.evaluate(async (base) => {
      const frame = document.createElement('iframe');
      frame.src = `${base}confirm/index.html`;
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        return frame.contentDocument?.body?.innerHTML ?? 'no access';
      } catch {
        return 'no access';
      }
    }, firefox.baseUrl);
    expect(framed).not.toContain('amtspass');
    expect(framed).not.toContain('Daten übermitteln');
  });

  it('T12: a script that beacons every input after the fill gets only the approved visible fields, and the log names exactly those', async () => {
    const values = await fill(`${ORIGIN}/hostile/t12-beacon`);
    expect(values.vorname).toBe(CANARY.givenNames);
    await expect.poll(() => world.server.requests.some((r) => r.host === 'collector.test' && r.body.includes('vorname'))).toBe(true);
    const beacon = world.server.requests.filter((r) => r.host === 'collector.test' && r.body.includes('vorname')).at(-1)?.body ?? '';
    expect(JSON.parse(beacon)).toEqual({ vorname: CANARY.givenNames, nachname: CANARY.familyName, email: CANARY.email, geburtsdatum: '' });
    const audit = await admin.send('audit.list', { portalId: 'elternbeitraege' });
    expect((audit.value as { entries: { attributeIds: string[] }[] }).entries[0]?.attributeIds).toEqual(['givenNames', 'familyName', 'email']);
  });

  it('bad input: a page flooding messages and mutations gets no fill by itself, and the extension stays responsive', async () => {
    await page.goto(`${ORIGIN}/hostile/flood`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$eval('main input', (els) => els.map((e) => (e).value).join(''))).toBe('');
    const tabId = (await adminPage.evaluate(`browser.tabs.query({ url: '${ORIGIN}/*' }).then((t) => t[0]?.id ?? -1)`)) as number;
    const started = Date.now();
    expect(await admin.send('page.current', { tabId })).toMatchObject({ ok: true });
    expect(await admin.send('fill.request', { tabId })).toMatchObject({ ok: true, value: { status: 'filled' } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await page.$eval('#vorname', (e) => (e as HTMLInputElement).value)).toBe(CANARY.givenNames);
    expect(Number(await page.$eval('body', (e) => e.getAttribute('data-n')))).toBeGreaterThan(10_000);
  });

  it('T11: a sweep of framed and popped-up portal pages from another site gets no script, message or fill', async () => {
    await page.goto('https://evil.test/');
    await page.evaluate(() => {
      for (let i = 0; i < 5; i++) {
        const frame = document.createElement('iframe');
        frame.src = `https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name?i=${i}`;
        document.body.append(frame);
      }
      window.open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz', '_blank');
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The background keeps what content scripts reported per tab in storage.session.
    const seen = (await adminPage.evaluate('browser.storage.session.get(null).then((all) => JSON.stringify(all))')) as string;
    expect(seen).not.toContain('service.justiz.de');
    // Control: the same page opened as a top-level tab is reported, so the check above can see one.
    await page.goto('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name');
    const seenTop = () => adminPage.evaluate('browser.storage.session.get(null).then((all) => JSON.stringify(all))') as Promise<string>;
    await expect.poll(seenTop, { timeout: 5000 }).toContain('service.justiz.de');
  });
});
