import { expect, it } from 'vitest';
import { expectStays, recognisedAs, type E2eBrowser, type E2eTab } from './e2e-browser.ts';
import { CANARY, ORIGIN } from './hostile-canary.ts';

export interface HostileContext {
  readonly browser: E2eBrowser;
  readonly page: E2eTab;
}

/** The canary values with consent for the portal that serves the hostile pages, and a tab for them. */
export async function setUpHostile(browser: E2eBrowser): Promise<HostileContext> {
  await browser.admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
  for (const [attributeId, value] of Object.entries(CANARY)) expect(await browser.admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
  // Consent is granted from the confirm window only; a confirm page opened as a tab counts as one.
  expect(await browser.asConfirm((confirm) => confirm.send('consent.grant', { portalId: 'elternbeitraege', origin: 'https://elternbeitraege.test', attributeIds: Object.keys(CANARY) }))).toMatchObject({ ok: true });
  return { browser, page: await browser.newTab() };
}

const inputs = async (page: E2eTab): Promise<Record<string, string>> =>
  page.evaluate<Record<string, string>>(`Object.fromEntries([...document.querySelectorAll('main input')].map((e) => [e.name, e.value]))`);

/** Opens `url`, waits until the page is recognised, asks for a fill as the popup would, returns the inputs. */
async function fill({ browser, page }: HostileContext, url: string): Promise<{ response: unknown; values: Record<string, string> }> {
  await page.goto(url);
  await recognisedAs(browser, `${ORIGIN}/*`, 'form');
  const tabId = await browser.tabIdOf(`${ORIGIN}/*`);
  const response = await browser.admin.send('fill.request', { tabId });
  return { response, values: await inputs(page) };
}

const collected = (browser: E2eBrowser): string => JSON.stringify(browser.world.server.requests.filter((r) => r.host === 'collector.test'));

/** docs/SECURITY.md §5 cases that concern filling, the same in both browsers. */
export function hostileScenario(context: () => HostileContext): void {
  it('T07: fills nothing into a form that posts to another origin', async () => {
    const { values } = await fill(context(), `${ORIGIN}/hostile/t07-foreign-action`);
    expect(Object.values(values).join('')).toBe('');
  });

  it('T06: fills nothing into a form that posts over http', async () => {
    const { values } = await fill(context(), `${ORIGIN}/hostile/t06-http-action`);
    expect(Object.values(values).join('')).toBe('');
  });

  it('T07: stops the submission and clears the values when a script rewrites the action after the fill', async () => {
    const { browser, page } = context();
    const { values } = await fill(context(), `${ORIGIN}/hostile/t07-rewrite`);
    expect(values.vorname).toBe(CANARY.givenNames);
    // The page's script rewrites the action 50 ms after the fill's input events.
    await expect.poll(() => page.evaluate<string>(`document.getElementById('f').action`), { timeout: 20_000 }).toBe('https://collector.test/c');
    await page.click('#senden');
    await expect.poll(async () => (await page.values('#vorname'))[0], { timeout: 20_000 }).toBe('');
    await expectStays(() => page.url(), `${ORIGIN}/hostile/t07-rewrite`);
    expect(collected(browser)).not.toContain('Zzyzx');
  });

  it('T09: fills only the visible field, never the ten hidden ones', async () => {
    const { values } = await fill(context(), `${ORIGIN}/hostile/t09-hidden`);
    expect(values.email).toBe(CANARY.email);
    const hidden = Object.entries(values).filter(([name]) => name !== 'email');
    expect(hidden.filter(([, value]) => value !== '')).toEqual([]);
    expect(hidden).toHaveLength(10);
  });

  it('T12: a script that beacons every input after the fill gets only the approved visible fields, and the log names exactly those', async () => {
    const { browser } = context();
    const { values } = await fill(context(), `${ORIGIN}/hostile/t12-beacon`);
    expect(values.vorname).toBe(CANARY.givenNames);
    const beacons = () => browser.world.server.requests.filter((r) => r.host === 'collector.test' && r.body.includes('vorname'));
    await expect.poll(() => beacons().length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(JSON.parse(beacons().at(-1)?.body ?? '')).toEqual({ vorname: CANARY.givenNames, nachname: CANARY.familyName, email: CANARY.email, geburtsdatum: '' });
    const audit = await browser.admin.send('audit.list', { portalId: 'elternbeitraege' });
    expect((audit.value as { entries: { attributeIds: string[] }[] }).entries[0]?.attributeIds).toEqual(['givenNames', 'familyName', 'email']);
  });

  it('T08: fills the top document only, never a cross-origin frame', async () => {
    const { page } = context();
    const { values } = await fill(context(), `${ORIGIN}/hostile/t08-frames`);
    expect(values.vorname).toBe(CANARY.givenNames);
    expect((await page.frameValues('https://ads.test/', 'input')).join('')).toBe('');
  });

  it('T05: refuses a lookalike origin (no script there, and the background says no)', async () => {
    const { browser, page } = context();
    await page.goto('https://id.bund.de.evil.test/de/login');
    // Without host access the extension sees no URL for that tab; the lookalike is the tab without one.
    const tabId = await browser.inExtension<number>(`(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => t.url === undefined || t.url.includes('evil'))?.id ?? -1)`);
    expect(tabId).toBeGreaterThanOrEqual(0);
    expect(await browser.admin.send('fill.request', { tabId })).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(await browser.admin.send('signin.request', { tabId })).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
  });

  it('T13/T15/T16: ignores postMessage spoofing, gives pages no way to message it, and cannot be framed by a site', async () => {
    const { browser, page } = context();
    await page.goto(`${ORIGIN}/antrag/schritt-1`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'form');
    await page.evaluate(`(() => {
      for (const type of ['fill.apply', 'FILL', 'EXPORT', 'UNLOCK', 'consent.grant']) {
        window.postMessage({ v: 1, id: 'x', type, payload: { attributes: { givenNames: 'X' }, kinds: ['givenNames'], origin: location.origin, submit: false } }, '*');
      }
    })()`);
    await expectStays(async () => (await page.values('#as_vorname'))[0], '');
    // T15: no externally_connectable, so a page has no runtime.sendMessage to reach us with.
    expect(await page.evaluate('[typeof globalThis.browser, typeof globalThis.chrome?.runtime?.sendMessage].join()')).toBe('undefined,undefined');
    await page.goto('https://evil.test/');
    await page.evaluate(`(() => {
      const frame = document.createElement('iframe');
      frame.id = 'framed';
      frame.src = ${JSON.stringify(`${browser.extensionBase}confirm/index.html`)};
      document.body.append(frame);
    })()`);
    await expect.poll(() => page.frameUrls(), { timeout: 20_000 }).toHaveLength(1);
    const loaded = async (): Promise<boolean> => {
      const inside = await page.evaluate<string>(`(() => { try { return document.getElementById('framed').contentDocument?.body?.innerText ?? ''; } catch { return ''; } })()`);
      return (await page.frameUrls()).some((url) => url.includes('confirm/index.html') && !url.startsWith('about:')) && inside !== '' || inside.includes('Daten übermitteln');
    };
    await expectStays(loaded, false);
  });

  it('bad input: a page flooding messages and mutations gets no fill by itself, and the extension stays responsive', async () => {
    const { browser, page } = context();
    await page.goto(`${ORIGIN}/hostile/flood`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'form');
    await expectStays(async () => Object.values(await inputs(page)).join(''), '');
    const tabId = await browser.tabIdOf(`${ORIGIN}/*`);
    const floodBefore = Number(await page.evaluate<string>(`document.body.getAttribute('data-n')`));
    expect(await browser.admin.send('page.current', { tabId })).toMatchObject({ ok: true });
    expect(await browser.admin.send('fill.request', { tabId })).toMatchObject({ ok: true, value: { status: 'filled' } });
    expect((await page.values('#vorname'))[0]).toBe(CANARY.givenNames);
    // Counted, not timed: the flood went on while the extension answered and filled.
    const floodAfter = Number(await page.evaluate<string>(`document.body.getAttribute('data-n')`));
    expect(floodBefore).toBeGreaterThan(1_000);
    expect(floodAfter).toBeGreaterThan(floodBefore);
  });

  it('T11: a sweep of framed and popped-up portal pages from another site gets no script, message or fill', async () => {
    const { browser, page } = context();
    await page.goto('https://evil.test/');
    await page.evaluate(`(() => {
      for (let i = 0; i < 5; i++) {
        const frame = document.createElement('iframe');
        frame.src = 'https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name?i=' + i;
        document.body.append(frame);
      }
      window.open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz', '_blank');
    })()`);
    await expect.poll(async () => (await page.frameUrls()).filter((u) => u.startsWith('https://service.justiz.de/')).length, { timeout: 20_000 }).toBe(5);
    const popupTab = await (async () => {
      await expect.poll(() => browser.tabIdOf('https://service.justiz.de/*'), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
      return browser.tabIdOf('https://service.justiz.de/*');
    })();
    // Control: the same kind of page opened as a top-level tab by the citizen is reported; once it is,
    // a report of the swept pages would have come too.
    const control = await browser.newTab('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name');
    const controlTab = await browser.inExtension<number>(`(globalThis.browser ?? globalThis.chrome).tabs.query({ url: 'https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name' }).then((tabs) => tabs[0]?.id ?? -1)`);
    const reported = async (): Promise<string[]> => Object.entries(JSON.parse(await browser.sessionStorage()) as Record<string, unknown>)
      .filter(([key, value]) => key.startsWith('page:') && JSON.stringify(value).includes('service.justiz.de')).map(([key]) => key);
    await expect.poll(reported, { timeout: 20_000 }).toEqual([`page:${controlTab}`]);
    await expectStays(reported, [`page:${controlTab}`]);
    expect(popupTab).not.toBe(controlTab);
    await control.close();
  });
}
