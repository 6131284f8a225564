import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { expectStays, recognisedAs, type E2eBrowser, type E2eTab } from './e2e-browser.ts';

export const HINT_FORM = 'https://elternbeitraege.test/antrag/schritt-1';
const VALUES = { givenNames: 'Zzyzx-Canary-Vorname', familyName: 'Mustermann', email: 'erika@example.de' };

export interface HintBox {
  x: number;
  y: number;
  tag: string;
  open: boolean;
  closedRoot: boolean;
}

/** The hint host as the page sees it: the last child of body, never its closed shadow root. */
const HINT_BOX = `(() => {
  const host = document.body.lastElementChild;
  if (!host || !host.tagName.toLowerCase().startsWith('amtspass-')) return null;
  const r = host.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, tag: host.tagName, open: host.matches(':popover-open'), closedRoot: host.shadowRoot === null };
})()`;

export interface HintContext {
  readonly browser: E2eBrowser;
  readonly page: E2eTab;
  readonly hintBox: () => Promise<HintBox | null>;
  readonly given: () => Promise<string>;
  /** Opens the form, checks that no hint shows before a gesture, focuses "Vorname" by a real click, returns the hint's centre. */
  readonly openForm: () => Promise<HintBox>;
}

/** Typed values with consent for the Elternbeiträge portal, and a tab for the form. */
export async function setUpHint(browser: E2eBrowser): Promise<HintContext> {
  await browser.admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
  for (const [attributeId, value] of Object.entries(VALUES)) await browser.admin.send('attribute.set', { attributeId, value });
  expect(
    await browser.asConfirm((confirm) =>
      confirm.send('consent.grant', {
        portalId: 'elternbeitraege',
        origin: 'https://elternbeitraege.test',
        attributeIds: Object.keys(VALUES),
      }),
    ),
  ).toMatchObject({ ok: true });
  const page = await browser.newTab();
  const hintBox = (): Promise<HintBox | null> => page.evaluate<HintBox | null>(HINT_BOX);
  const given = async (): Promise<string> => (await page.values('#as_vorname'))[0] ?? '';
  return {
    browser,
    page,
    hintBox,
    given,
    async openForm() {
      await page.goto(HINT_FORM);
      await recognisedAs(browser, 'https://elternbeitraege.test/*', 'form');
      expect(await hintBox()).toBeNull();
      await page.click('#as_vorname');
      await expect.poll(hintBox, { timeout: 20_000 }).not.toBeNull();
      return (await hintBox()) as HintBox;
    },
  };
}

/** The in-page hint (docs/SECURITY.md §3.2) and the hostile cases T01–T04, T10, T17 against it. */
export function hintScenario(context: () => HintContext): void {
  it('shows a hint in the top layer with a random tag and closed root, and fills on a trusted click', async () => {
    const { browser, page, openForm, hintBox, given } = context();
    const box = await openForm();
    expect(box.open).toBe(true);
    expect(box.closedRoot).toBe(true);
    await openForm();
    expect((await hintBox())?.tag).not.toBe(box.tag);
    expect(await given()).toBe('');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot(join(TEST_OUTPUT, `${browser.name}-hint-on-form.png`));
    const again = (await hintBox()) as HintBox;
    await page.clickAt(again.x, again.y);
    await expect.poll(given, { timeout: 20_000 }).toBe('Zzyzx-Canary-Vorname');
  });

  it('T17: a framed extension page under a lure does not load, and a real click on the lure fills nothing', async () => {
    const { browser, page, openForm, given } = context();
    await openForm();
    expect(await page.evaluate('document.querySelectorAll("iframe, frame, object, embed").length')).toBe(0);
    await page.evaluate(`(() => {
      const frame = document.createElement('iframe');
      frame.id = 'lure';
      frame.src = ${JSON.stringify(`${browser.extensionBase}popup/index.html`)};
      frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;opacity:0;z-index:2147483647';
      document.body.append(frame);
    })()`);
    await expect.poll(() => page.frameUrls(), { timeout: 20_000 }).toHaveLength(1);
    const framedPopup = async (): Promise<boolean> =>
      (await page.frameUrls()).some((url) => url.includes('popup/index.html')) &&
      (
        await page.evaluate<string>(
          `(() => { try { return document.getElementById('lure').contentDocument?.body?.innerHTML ?? ''; } catch { return ''; } })()`,
        )
      ).includes('Amtspass');
    await expectStays(framedPopup, false);
    await page.clickAt(200, 200);
    await expectStays(given, '');
  });

  it('on a narrow layout covers no label or other field, stays in the viewport, and still fills on a trusted click', async () => {
    const { browser, page, openForm, given } = context();
    await page.setViewport(360, 700);
    try {
      const box = await openForm();
      type Rect = { left: number; top: number; right: number; bottom: number; text: string };
      const layout = await page.evaluate<{ hint: Rect; others: Rect[]; viewport: { width: number } }>(`(() => {
        const rect = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: (e.textContent || e.name || '').trim().slice(0, 30) }; };
        const others = [...document.querySelectorAll('label, legend, h1, h2, p, input, select, textarea')].filter((e) => e.id !== 'as_vorname').map(rect);
        return { hint: rect(document.body.lastElementChild), others, viewport: { width: document.documentElement.clientWidth } };
      })()`);
      const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(layout.others.filter((o) => overlaps(layout.hint, o)).map((o) => o.text)).toEqual([]);
      expect(layout.hint.left).toBeGreaterThanOrEqual(0);
      expect(layout.hint.right).toBeLessThanOrEqual(layout.viewport.width);
      mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot(join(TEST_OUTPUT, `${browser.name}-hint-narrow.png`));
      await page.clickAt(box.x, box.y);
      await expect.poll(given, { timeout: 20_000 }).toBe('Zzyzx-Canary-Vorname');
    } finally {
      await page.setViewport(1280, 720);
    }
  });

  it('T10: shows no hint and fills nothing for a form injected at load and focus storms without a gesture', async () => {
    const { browser, page, hintBox } = context();
    await page.goto('https://elternbeitraege.test/hostile/t10-tracker');
    // The tracker form is in the page and the page was recognised: from here on, nothing may appear.
    await expect.poll(() => page.evaluate<number>('document.forms.length'), { timeout: 20_000 }).toBe(2);
    await recognisedAs(browser, 'https://elternbeitraege.test/*', 'form');
    await expectStays(
      async () => ({ hint: await hintBox(), values: (await page.values('input')).join('') }),
      { hint: null, values: '' },
      3_000,
    );
  });

  it('T04: ignores synthetic clicks and key events on the hint', async () => {
    const { page, openForm, given } = context();
    await openForm();
    await page.evaluate(`(() => {
      const host = document.body.lastElementChild;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    })()`);
    await expectStays(given, '');
  });

  it('T01: a faded-out page gets no fill from a real click on the hint', async () => {
    const { page, openForm, given } = context();
    const box = await openForm();
    await page.evaluate(`document.documentElement.style.opacity = '0.001'`);
    await page.clickAt(box.x, box.y);
    await expectStays(given, '');
  });

  it('T02: reverts tampering with the host, and tears the hint down when the page keeps at it', async () => {
    const { page, openForm, hintBox } = context();
    await openForm();
    await page.evaluate(
      `(() => { const host = document.body.lastElementChild; host.style.opacity = '0'; host.removeAttribute('popover'); })()`,
    );
    const hostState = `(() => {
      const host = [...document.body.children].find((e) => e.tagName.toLowerCase().startsWith('amtspass-'));
      return host ? { opacity: getComputedStyle(host).opacity, popover: host.getAttribute('popover') } : null;
    })()`;
    await expect.poll(() => page.evaluate(hostState), { timeout: 20_000 }).toEqual({ opacity: '1', popover: 'manual' });
    await page.evaluate(
      `(() => { const host = document.body.lastElementChild; for (let i = 0; i < 150; i++) setTimeout(() => { host.style.transform = 'scale(' + (i % 2) + ')'; }, i * 5); })()`,
    );
    await expect.poll(hintBox, { timeout: 20_000 }).toBeNull();
  });

  it('T03: takes the top layer back from a popover opened over it', async () => {
    const { page, openForm } = context();
    const box = await openForm();
    await page.evaluate(`(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.setAttribute('popover', 'manual');
      cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;background:rgba(255,255,255,.95);pointer-events:none';
      cover.textContent = 'Cookies akzeptieren';
      document.body.append(cover);
      setTimeout(() => cover.showPopover(), 50);
    })()`);
    await expect
      .poll(() => page.evaluate<boolean>(`document.getElementById('cover').matches(':popover-open')`), { timeout: 20_000 })
      .toBe(true);
    const topAtHint = `document.elementsFromPoint(${box.x}, ${box.y}).find((e) => e.tagName.toLowerCase().startsWith('amtspass-') || e.id === 'cover')?.tagName.toLowerCase() ?? ''`;
    await expect.poll(() => page.evaluate<string>(topAtHint), { timeout: 20_000 }).toMatch(/^amtspass-/);
  });

  it('T03: a modal dialog opened over the hint never turns a click into a fill', async () => {
    const { page, openForm, given } = context();
    const box = await openForm();
    await page.evaluate(`(() => {
      const dialog = document.createElement('dialog');
      dialog.id = 'modal';
      dialog.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;pointer-events:none;background:transparent;border:0';
      document.body.append(dialog);
      setTimeout(() => dialog.showModal(), 50);
    })()`);
    await expect.poll(() => page.evaluate<boolean>(`document.getElementById('modal').open`), { timeout: 20_000 }).toBe(true);
    await page.clickAt(box.x, box.y);
    await expectStays(given, '');
  });

  /**
   * Second round (docs/SECURITY.md §3.2): a page makes the hint invisible from outside its closed root
   * while it keeps taking the real click: a stylesheet rule on :popover-open or [popover], an
   * animation with fill: 'forwards', a pseudo-element or an outline drawn over it. The hint proves its
   * visibility at the click: a click on an invisible hint does nothing.
   */
  const INVISIBLE_HINT: readonly [string, string][] = [
    [
      ':popover-open opacity',
      `(() => { const s = document.createElement('style'); s.textContent = ':popover-open { opacity: 0 !important }'; document.head.append(s); })()`,
    ],
    [
      '[popover] filter',
      `(() => { const s = document.createElement('style'); s.textContent = '[popover] { filter: opacity(0) !important }'; document.head.append(s); })()`,
    ],
    [
      'animate() opacity, fill forwards',
      `void document.body.lastElementChild.animate([{ opacity: 1 }, { opacity: 0 }], { duration: 1, fill: 'forwards' })`,
    ],
    [
      'animate() transform, fill forwards',
      `void document.body.lastElementChild.animate([{ transform: 'none' }, { transform: 'rotateX(89.9deg)' }], { duration: 1, fill: 'forwards' })`,
    ],
    [
      '::after cover on the host',
      `(() => { const s = document.createElement('style'); s.textContent = 'body > :last-child::after { content: "Cookies akzeptieren"; position: absolute; inset: 0; background: #fff; color: #000 }'; document.head.append(s); })()`,
    ],
    [
      'outline drawn inwards',
      `(() => { const s = document.createElement('style'); s.textContent = ':popover-open { outline: 400px solid #fff !important; outline-offset: -200px !important }'; document.head.append(s); })()`,
    ],
    [
      'mix-blend-mode',
      `(() => { const s = document.createElement('style'); s.textContent = ':popover-open { mix-blend-mode: screen !important }'; document.head.append(s); })()`,
    ],
  ];

  it('second round: a hint the page made invisible (7 ways) takes the real click and does nothing', async () => {
    const { page, openForm, given, hintBox } = context();
    for (const [name, attack] of INVISIBLE_HINT) {
      const box = await openForm();
      await page.evaluate(attack);
      await page.clickAt(box.x, box.y);
      await expectStays(given, '');
      // Proven invisible, it is taken down (at the click, or by its own re-proof when the click missed it).
      await expect.poll(hintBox, { timeout: 20_000, message: name }).toBeNull();
    }
  });

  it('second round: on a login page, an invisible hint never signs in or hands the page the password', async () => {
    const { browser, page, hintBox } = context();
    const password = 'Zzyzx-Hint-Passwort-3';
    expect(
      await browser.admin.send('credential.save', { origin: 'https://elternbeitraege.test', username: 'erika@example.de', password }),
    ).toMatchObject({ ok: true });
    const before = browser.world.server.requests.length;
    for (const [name, attack] of INVISIBLE_HINT.slice(0, 3)) {
      await page.goto('https://elternbeitraege.test/login');
      await recognisedAs(browser, 'https://elternbeitraege.test/*', 'login');
      await page.click('#email');
      await expect.poll(hintBox, { timeout: 20_000 }).not.toBeNull();
      const box = (await hintBox()) as HintBox;
      await page.evaluate(attack);
      await page.clickAt(box.x, box.y);
      await expectStays(async () => (await page.values('#password'))[0], '');
      expect(await page.url(), name).toBe('https://elternbeitraege.test/login');
    }
    expect(JSON.stringify(browser.world.server.requests.slice(before))).not.toContain(password);
    const listed = (await browser.admin.send('credential.list', {})).value as { credentials: { id: string }[] };
    for (const c of listed.credentials) await browser.admin.send('credential.delete', { id: c.id });
  });
}
