import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';

const FORM = 'https://elternbeitraege.test/antrag/schritt-1';
const VALUES = { givenNames: 'Zzyzx-Canary-Vorname', familyName: 'Mustermann', email: 'erika@example.de' };

/** The in-page hint (docs/SECURITY.md §3.2) and the hostile cases T01–T04 against it, in Chromium. */
describe('in-page hint in Chromium', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  let page: Page;

  /** The hint host: the page can see it (last child of body) but not into its closed shadow root. */
  const hintBox = () => page.evaluate(() => {
    const host = document.body.lastElementChild;
    if (!host || !host.tagName.toLowerCase().startsWith('amtspass-')) return null;
    const r = host.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, tag: host.tagName, open: (host as HTMLElement).matches(':popover-open'), inner: (host as HTMLElement).shadowRoot === null };
  });
  const given = (): Promise<string> => page.locator('#as_vorname').inputValue();
  const openForm = async (): Promise<{ x: number; y: number }> => {
    await page.goto(FORM);
    await page.waitForTimeout(300);
    expect(await hintBox()).toBeNull();
    await page.click('#as_vorname');
    await expect.poll(hintBox).not.toBeNull();
    return (await hintBox()) as { x: number; y: number };
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    await chromium.portalsReady();
    const admin = await chromium.context.newPage();
    await admin.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const adminPage = extensionPage(admin);
    const send = (type: string, payload: unknown) => adminPage.send(type, payload);
    await send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    for (const [attributeId, value] of Object.entries(VALUES)) await send('attribute.set', { attributeId, value });
    const confirm = await chromium.context.newPage();
    await confirm.goto(`chrome-extension://${chromium.extensionId}/confirm/index.html`);
    await extensionPage(confirm).send('consent.grant', { portalId: 'elternbeitraege', attributeIds: Object.keys(VALUES) });
    page = await chromium.context.newPage();
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('shows a hint in the top layer with a random tag and closed root, and fills on a trusted click', async () => {
    const box = await openForm();
    const hint = await hintBox();
    expect(hint?.open).toBe(true);
    expect(hint?.inner).toBe(true);
    await openForm();
    expect((await hintBox())?.tag).not.toBe(hint?.tag);
    expect(await given()).toBe('');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, 'chromium-hint-on-form.png') });
    await page.mouse.click(box.x, box.y);
    await expect.poll(given).toBe('Zzyzx-Canary-Vorname');
  });

  it('T17: has no extension frame to clickjack: the hint is plain DOM in a closed root, and a framed extension page does not load', async () => {
    await openForm();
    // DevTools sees through closed shadow roots (pierce): list every node of the hint and the page.
    const cdp = await chromium.context.newCDPSession(page);
    type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: (Node & { shadowRootType?: string })[]; contentDocument?: Node };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const all: Node[] = [];
    const roots: string[] = [];
    const walk = (node: Node): void => {
      all.push(node);
      for (const shadow of node.shadowRoots ?? []) {
        roots.push(shadow.shadowRootType ?? '');
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    await cdp.detach();
    expect(roots).toContain('closed');
    expect(all.filter((n) => ['IFRAME', 'FRAME', 'OBJECT', 'EMBED'].includes(n.nodeName))).toEqual([]);
    expect(JSON.stringify(all.map((n) => n.attributes ?? []))).not.toContain('chrome-extension://');
    // The lure of T17: our popup framed invisibly under a button the citizen really clicks.
    await page.evaluate(`(() => {
      const frame = document.createElement('iframe');
      frame.src = 'chrome-extension://${chromium.extensionId}/popup/index.html';
      frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;opacity:0;z-index:2147483647';
      document.body.append(frame);
    })()`);
    await page.waitForTimeout(500);
    expect(page.frames().find((f) => f !== page.mainFrame())?.url() ?? '').not.toContain('popup/index.html');
    await page.mouse.click(200, 200);
    await page.waitForTimeout(300);
    expect(await given()).toBe('');
  });

  it('on a narrow layout covers no label or other field, stays in the viewport, and still fills on a trusted click', async () => {
    await page.setViewportSize({ width: 360, height: 700 });
    try {
      const box = await openForm();
      type Rect = { left: number; top: number; right: number; bottom: number; text: string };
      const layout = await page.evaluate<{ hint: Rect; field: Rect; others: Rect[]; viewport: { width: number; height: number } }>(`(() => {
        const rect = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: (e.textContent || e.name || '').trim().slice(0, 30) }; };
        const others = [...document.querySelectorAll('label, legend, h1, h2, p, input, select, textarea')].filter((e) => e.id !== 'as_vorname').map(rect);
        return { hint: rect(document.body.lastElementChild), field: rect(document.getElementById('as_vorname')), others, viewport: { width: document.documentElement.clientWidth, height: innerHeight } };
      })()`);
      const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(layout.others.filter((o) => overlaps(layout.hint, o)).map((o) => o.text)).toEqual([]);
      expect(layout.hint.left).toBeGreaterThanOrEqual(0);
      expect(layout.hint.right).toBeLessThanOrEqual(layout.viewport.width);
      mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: join(TEST_OUTPUT, 'chromium-hint-narrow.png') });
      await page.mouse.click(box.x, box.y);
      await expect.poll(given).toBe('Zzyzx-Canary-Vorname');
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('T10: shows no hint and fills nothing for a form injected at load and focus storms without a gesture', async () => {
    await page.goto('https://elternbeitraege.test/hostile/t10-tracker');
    await page.waitForTimeout(5000);
    expect(await hintBox()).toBeNull();
    expect(await page.$$eval('input', (els) => els.map((e) => (e).value).join(''))).toBe('');
  }, 15_000);

  it('T04: ignores synthetic clicks and key events on the hint', async () => {
    await openForm();
    await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await given()).toBe('');
  });

  it('T01: a faded-out page gets no fill from a real click on the hint', async () => {
    const box = await openForm();
    await page.evaluate(() => { document.documentElement.style.opacity = '0.001'; });
    await page.mouse.click(box.x, box.y);
    await page.waitForTimeout(300);
    expect(await given()).toBe('');
  });

  it('T02: reverts tampering with the host, and tears the hint down when the page keeps at it', async () => {
    await openForm();
    await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      host.style.opacity = '0';
      host.removeAttribute('popover');
    });
    await page.waitForTimeout(100);
    const reverted = await page.evaluate(() => {
      const host = [...document.body.children].find((e) => e.tagName.toLowerCase().startsWith('amtspass-')) as HTMLElement | undefined;
      return host ? { opacity: getComputedStyle(host).opacity, popover: host.getAttribute('popover') } : null;
    });
    expect(reverted).toEqual({ opacity: '1', popover: 'manual' });
    await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      for (let i = 0; i < 150; i++) setTimeout(() => { host.style.transform = `scale(${i % 2})`; }, i * 5);
    });
    await page.waitForTimeout(1200);
    expect(await hintBox()).toBeNull();
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
    await page.waitForTimeout(200);
    const top = await page.evaluate(([x, y]) => document.elementsFromPoint(x as number, y as number).find((e) => e.tagName.toLowerCase().startsWith('amtspass-') || e.textContent === 'Cookies akzeptieren')?.tagName ?? '', [box.x, box.y]);
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
    await page.waitForTimeout(200);
    await page.mouse.click(box.x, box.y);
    await page.waitForTimeout(400);
    expect(await given()).toBe('');
  });
});
