import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { CANARY, ORIGIN } from './hostile-canary.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';


/** docs/SECURITY.md §5 cases that concern filling, with the built extension in Chromium. */
describe('hostile pages in Chromium: what a fill never does', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  let admin: ReturnType<typeof extensionPage>;
  let page: Page;

  const fill = async (url: string): Promise<{ result: string; values: Record<string, string> }> => {
    await page.goto(url);
    await expect.poll(() => chromium.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).some((k) => k.startsWith('page:')))).toBe(true);
    const tabId = await chromium.worker.evaluate(async (u) => (await chrome.tabs.query({ url: `${u}/*` }))[0]?.id ?? -1, ORIGIN);
    const response = await admin.send('fill.request', { tabId });
    const values = await page.$$eval('main input', (els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
    return { result: JSON.stringify(response), values };
  };
  const collected = (): string => JSON.stringify(world.server.requests.filter((r) => r.host === 'collector.test'));

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    await chromium.portalsReady();
    const tab = await chromium.context.newPage();
    await tab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    admin = extensionPage(tab);
    await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    for (const [attributeId, value] of Object.entries(CANARY)) expect(await admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
    // Consent is granted from the confirm window only; a confirm page opened as a tab counts as one.
    const confirmTab = await chromium.context.newPage();
    await confirmTab.goto(`chrome-extension://${chromium.extensionId}/confirm/index.html`);
    expect(await extensionPage(confirmTab).send('consent.grant', { portalId: 'elternbeitraege', attributeIds: Object.keys(CANARY) })).toMatchObject({ ok: true });
    await confirmTab.close();
    page = await chromium.context.newPage();
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('T07: fills nothing into a form that posts to another origin', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t07-foreign-action`);
    expect(Object.values(values).join('')).toBe('');
  });

  it('T06: fills nothing into a form that posts over http', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t06-http-action`);
    expect(Object.values(values).join('')).toBe('');
  });

  it('T07: stops the submission and clears the values when a script rewrites the action after the fill', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t07-rewrite`);
    expect(values.vorname).toBe(CANARY.givenNames);
    await page.waitForTimeout(120);
    await page.click('#senden');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${ORIGIN}/hostile/t07-rewrite`);
    expect(await page.locator('#vorname').inputValue()).toBe('');
    expect(collected()).not.toContain('Zzyzx');
  });

  it('T09: fills only the visible field, never the ten hidden ones', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t09-hidden`);
    expect(values.email).toBe(CANARY.email);
    const hidden = Object.entries(values).filter(([name]) => name !== 'email');
    expect(hidden.filter(([, value]) => value !== '')).toEqual([]);
    expect(hidden).toHaveLength(10);
  });

  it('T12: a script that beacons every input after the fill gets only the approved visible fields, and the log names exactly those', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t12-beacon`);
    expect(values.vorname).toBe(CANARY.givenNames);
    await expect.poll(() => world.server.requests.some((r) => r.host === 'collector.test' && r.body.includes('vorname'))).toBe(true);
    const beacon = world.server.requests.filter((r) => r.host === 'collector.test' && r.body.includes('vorname')).at(-1)?.body ?? '';
    expect(JSON.parse(beacon)).toEqual({ vorname: CANARY.givenNames, nachname: CANARY.familyName, email: CANARY.email, geburtsdatum: '' });
    const audit = await admin.send('audit.list', { portalId: 'elternbeitraege' });
    expect((audit.value as { entries: { attributeIds: string[] }[] }).entries[0]?.attributeIds).toEqual(['givenNames', 'familyName', 'email']);
  });

  it('T08: fills the top document only, never a cross-origin frame', async () => {
    const { values } = await fill(`${ORIGIN}/hostile/t08-frames`);
    expect(values.vorname).toBe(CANARY.givenNames);
    const frame = page.frames().find((f) => f.url().startsWith('https://ads.test/'));
    expect(await frame?.$$eval('input', (els) => els.map((e) => (e).value).join(''))).toBe('');
  });

  it('T05: refuses a lookalike origin (no script there, and the background says no)', async () => {
    await page.goto('https://id.bund.de.evil.test/de/login');
    const tabId = await chromium.worker.evaluate(async () => (await chrome.tabs.query({}))?.find((t) => t.url === undefined || t.url.includes('evil'))?.id ?? -1);
    expect(await admin.send('fill.request', { tabId })).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(await admin.send('signin.request', { tabId })).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
  });

  it('T13/T15/T16: ignores postMessage spoofing, refuses external messaging, cannot be framed', async () => {
    await page.goto(`${ORIGIN}/antrag/schritt-1`);
    await page.evaluate((id) => {
      for (const type of ['fill.apply', 'FILL', 'EXPORT', 'UNLOCK', 'consent.grant']) {
        window.postMessage({ v: 1, id: 'x', type, payload: { attributes: { givenNames: 'X' }, kinds: ['givenNames'], origin: location.origin, submit: false } }, '*');
      }
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      (window as unknown as { external: unknown }).external = typeof runtime?.sendMessage;
      void id;
    }, chromium.extensionId);
    await page.waitForTimeout(200);
    expect(await page.locator('#as_vorname').inputValue()).toBe('');
    // Without externally_connectable, a page has no chrome.runtime.sendMessage to reach us with.
    expect(await page.evaluate(() => (window as unknown as { external: unknown }).external)).toBe('undefined');
    await page.goto('https://evil.test/');
    await page.evaluate((id) => {
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${id}/confirm/index.html`;
      document.body.append(frame);
    }, chromium.extensionId);
    await page.waitForTimeout(500);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(framed?.url()).not.toContain('confirm/index.html');
  });

  it('bad input: a page flooding messages and mutations gets no fill by itself, and the extension stays responsive', async () => {
    await page.goto(`${ORIGIN}/hostile/flood`);
    await page.waitForTimeout(1500);
    expect(await page.$$eval('main input', (els) => els.map((e) => (e as HTMLInputElement).value).join(''))).toBe('');
    const tabId = await chromium.worker.evaluate(async (u) => (await chrome.tabs.query({ url: `${u}/*` }))[0]?.id ?? -1, ORIGIN);
    const started = Date.now();
    expect(await admin.send('page.current', { tabId })).toMatchObject({ ok: true });
    expect(await admin.send('fill.request', { tabId })).toMatchObject({ ok: true, value: { status: 'filled' } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await page.locator('#vorname').inputValue()).toBe(CANARY.givenNames);
    // The flood was running all along.
    expect(Number(await page.getAttribute('body', 'data-n'))).toBeGreaterThan(10_000);
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
    await page.waitForTimeout(1500);
    const seen = await chromium.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
    expect(seen).not.toContain('service.justiz.de');
  });
});
