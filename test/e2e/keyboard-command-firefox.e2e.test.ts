import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { startVirtualDisplay, type VirtualDisplay } from '../support/virtual-display.ts';

const xvfb = optionalTool('Xvfb', 'xvfb');
const xdotool = optionalTool('xdotool', 'xdotool');

/** Alt+Shift+F in a headed Firefox ESR on a virtual display, keys pressed with xdotool. */
describe.skipIf(!xvfb.available || !xdotool.available)('keyboard command "Diese Seite ausfüllen" (Alt+Shift+F) in headed Firefox ESR', () => {
  let world: FixtureWorld;
  let screen: VirtualDisplay;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    screen = await startVirtualDisplay();
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world, headless: false, env: { DISPLAY: screen.display } });
    const admin = extensionPage(await firefox.openExtensionPage('popup/index.html', '#helper-state'));
    expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
    expect(await admin.send('attribute.set', { attributeId: 'givenNames', value: 'Zzyzx-Tastatur' })).toMatchObject({ ok: true });
    const confirm = extensionPage(await firefox.openExtensionPage('confirm/index.html', '#app'));
    expect(await confirm.send('consent.grant', { portalId: 'elternbeitraege', attributeIds: ['givenNames'] })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
    screen?.close();
  });

  it('fills a consented form on the portal with the keys alone', async () => {
    const page = await firefox.newPage();
    await page.goto('https://elternbeitraege.test/antrag/schritt-1');
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$eval('#as_vorname', (e) => (e as HTMLInputElement).value)).toBe('');
    screen.focusWindowOf('firefox');
    screen.press('alt+shift+f');
    await expect.poll(() => page.$eval('#as_vorname', (e) => (e as HTMLInputElement).value), { timeout: 5000 }).toBe('Zzyzx-Tastatur');
  });
});
