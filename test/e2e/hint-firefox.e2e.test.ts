import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';

const FORM = 'https://elternbeitraege.test/antrag/schritt-1';
const VALUES = { givenNames: 'Zzyzx-Canary-Vorname', familyName: 'Mustermann', email: 'erika@example.de' };

/** The in-page hint in Firefox ESR: shown in the top layer, fills on a trusted click, ignores synthetic ones. */
describe('in-page hint in Firefox ESR', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let page: Page;

  const hintBox = () => page.evaluate(() => {
    const host = document.body.lastElementChild;
    if (!host || !host.tagName.toLowerCase().startsWith('amtspass-')) return null;
    const r = host.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, open: host.matches(':popover-open') };
  });
  const given = (): Promise<string> => page.$eval('#as_vorname', (e) => (e as HTMLInputElement).value);

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
    const admin = extensionPage(await firefox.openExtensionPage('popup/index.html', '#helper-state'));
    await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    for (const [attributeId, value] of Object.entries(VALUES)) await admin.send('attribute.set', { attributeId, value });
    const confirm = extensionPage(await firefox.openExtensionPage('confirm/index.html', '#app'));
    expect(await confirm.send('consent.grant', { portalId: 'elternbeitraege', attributeIds: Object.keys(VALUES) })).toMatchObject({ ok: true });
    page = await firefox.newPage();
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('T04: ignores synthetic clicks, dispatched mouse and key events, then fills on a trusted click', async () => {
    const box = { ...(await openForm()), open: (await hintBox())?.open };
    expect(box.open).toBe(true);
    await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await given()).toBe('');
    await page.mouse.click(box.x, box.y);
    await expect.poll(given, { timeout: 5000 }).toBe('Zzyzx-Canary-Vorname');
  });

  const openForm = async (): Promise<{ x: number; y: number }> => {
    await page.goto(FORM);
    await page.click('#as_vorname');
    await expect.poll(hintBox, { timeout: 5000 }).not.toBeNull();
    return (await hintBox()) as { x: number; y: number };
  };

  it('T17: has no extension frame to clickjack: the hint holds no frame, and a framed extension page does not load', async () => {
    await openForm();
    // Firefox gives tests no view into a closed shadow root; what a page can reach has no frame at all.
    expect(await page.evaluate('document.querySelectorAll("iframe, frame, object, embed").length')).toBe(0);
    const framed = await page.evaluate(`(async () => {
      const frame = document.createElement('iframe');
      frame.src = '${firefox.baseUrl}popup/index.html';
      frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;opacity:0;z-index:2147483647';
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 500));
      try { return frame.contentDocument?.body?.innerHTML ?? 'no access'; } catch { return 'no access'; }
    })()`);
    expect(String(framed)).not.toContain('Amtspass');
    await page.mouse.click(200, 200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await given()).toBe('');
  });

  it('T01: a faded-out page gets no fill from a real click on the hint', async () => {
    const box = await openForm();
    await page.evaluate(() => { document.documentElement.style.opacity = '0.001'; });
    await page.mouse.click(box.x, box.y);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await given()).toBe('');
  });

  it('T02: tears the hint down when the page keeps tampering with it', async () => {
    await openForm();
    await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      for (let i = 0; i < 150; i++) setTimeout(() => { host.style.transform = `scale(${i % 2})`; }, i * 5);
    });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await hintBox()).toBeNull();
  });

  it('T10: shows no hint and fills nothing for an injected form and scripted focus storms', async () => {
    await page.goto('https://elternbeitraege.test/hostile/t10-tracker');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await hintBox()).toBeNull();
    expect(await page.$$eval('input', (els) => els.map((e) => (e).value).join(''))).toBe('');
  });

  it('T03: takes the top layer back from a popover opened over it', async () => {
    const box = await openForm();
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.setAttribute('popover', 'manual');
      cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;background:rgba(255,255,255,.95);pointer-events:none';
      cover.textContent = 'Cookies akzeptieren';
      document.body.append(cover);
      setTimeout(() => cover.showPopover(), 50);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const top = await page.evaluate((x, y) => document.elementsFromPoint(x, y).find((e) => e.tagName.toLowerCase().startsWith('amtspass-') || e.textContent === 'Cookies akzeptieren')?.tagName ?? '', box.x, box.y);
    expect(top.toLowerCase()).toMatch(/^amtspass-/);
  });

  it('T03: a modal dialog opened over the hint never turns a click into a fill', async () => {
    const box = await openForm();
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;pointer-events:none;background:transparent;border:0';
      document.body.append(dialog);
      setTimeout(() => dialog.showModal(), 50);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.mouse.click(box.x, box.y);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await given()).toBe('');
  });
});
