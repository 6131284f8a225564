import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { startVirtualDisplay, type VirtualDisplay } from '../support/virtual-display.ts';

const xvfb = optionalTool('Xvfb', 'xvfb');
const xdotool = optionalTool('xdotool', 'xdotool');
const FORM = 'https://elternbeitraege.test/antrag/schritt-1';
const PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';

/**
 * Alt+Shift+F end to end: Chromium takes extension shortcuts only from the window system, so this
 * runs a headed Chromium on a virtual display and presses the keys with xdotool, as a person would.
 */
describe.skipIf(!xvfb.available || !xdotool.available)('keyboard command "Diese Seite ausfüllen" (Alt+Shift+F) in headed Chromium', () => {
  let world: FixtureWorld;
  let screen: VirtualDisplay;
  let chromium: ChromiumSession;
  let admin: ReturnType<typeof extensionPage>;

  /** Opens `url` as the active tab of the focused browser window and presses Alt+Shift+F. */
  const pressOn = async (url: string): Promise<Page> => {
    const page = await chromium.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    await page.waitForTimeout(300);
    screen.focusWindowOf('chromium');
    screen.press('alt+shift+f');
    return page;
  };

  beforeAll(async () => {
    screen = await startVirtualDisplay();
    world = await startFixtureWorld();
    chromium = await launchChromium({ world, headless: false, env: { DISPLAY: screen.display } });
    await chromium.portalsReady();
    const adminTab = await chromium.context.newPage();
    await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    admin = extensionPage(adminTab);
    expect(await admin.send('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await admin.send('attribute.set', { attributeId: 'givenNames', value: 'Zzyzx-Tastatur' })).toMatchObject({ ok: true });
    const confirmTab = await chromium.context.newPage();
    await confirmTab.goto(`chrome-extension://${chromium.extensionId}/confirm/index.html`);
    expect(await extensionPage(confirmTab).send('consent.grant', { portalId: 'elternbeitraege', attributeIds: ['givenNames'] })).toMatchObject({ ok: true });
    await confirmTab.close();
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
    screen?.close();
  });

  it('does nothing on a site that is no portal', async () => {
    const page = await pressOn('https://evil.test/');
    await page.waitForTimeout(800);
    expect(world.server.requests.some((r) => r.body.includes('Zzyzx'))).toBe(false);
    expect(await page.evaluate('document.body.innerText')).not.toContain('Zzyzx');
    await page.close();
  });

  it('fills a consented form on the portal with the keys alone', async () => {
    const page = await pressOn(FORM);
    await expect.poll(() => page.locator('#as_vorname').inputValue(), { timeout: 5000 }).toBe('Zzyzx-Tastatur');
    const log = (await admin.send('audit.list', { kind: 'fill' })).value as { entries: { outcome: string; attributeIds: string[] }[] };
    expect(log.entries[0]).toMatchObject({ outcome: 'disclosed', attributeIds: ['givenNames'] });
    await page.close();
  });

  it('while locked, opens the confirm window, which asks for the passphrase first', async () => {
    expect(await admin.send('vault.lock', {})).toMatchObject({ ok: true });
    const opened = chromium.context.waitForEvent('page', { predicate: (p) => p.url().includes('/confirm/index.html'), timeout: 10_000 });
    const page = await pressOn(FORM);
    const confirm = await opened;
    await confirm.waitForSelector('#passphrase');
    expect(await confirm.locator('#portal-origin').textContent()).toBe('https://elternbeitraege.test');
    expect(await page.locator('#as_vorname').inputValue()).toBe('');
    await confirm.close();
    expect(await admin.send('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });
});
