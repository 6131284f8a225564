import { expect, it } from 'vitest';
import type { VirtualDisplay } from '../support/virtual-display.ts';
import { expectStays, recognisedAs, type E2eBrowser, type E2eTab } from './e2e-browser.ts';

const FORM = 'https://elternbeitraege.test/antrag/schritt-1';
export const KEYBOARD_PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';

export interface KeyboardContext {
  readonly browser: E2eBrowser;
  readonly screen: VirtualDisplay;
  /** The X window class of the browser (`chromium`, `firefox`). */
  readonly windowClass: string;
}

/** One typed value with consent for the Elternbeiträge portal. */
export async function setUpKeyboard(browser: E2eBrowser): Promise<void> {
  expect(await browser.admin.send('vault.setup', { passphrase: KEYBOARD_PASSPHRASE })).toMatchObject({ ok: true });
  expect(await browser.admin.send('attribute.set', { attributeId: 'givenNames', value: 'Zzyzx-Tastatur' })).toMatchObject({ ok: true });
  expect(
    await browser.asConfirm((confirm) =>
      confirm.send('consent.grant', { portalId: 'elternbeitraege', origin: 'https://elternbeitraege.test', attributeIds: ['givenNames'] }),
    ),
  ).toMatchObject({ ok: true });
}

/** The active tab's URL as the extension sees it ('' when it may not see it). */
const activeUrl = (browser: E2eBrowser): Promise<string> =>
  browser.inExtension<string>(
    `(globalThis.browser ?? globalThis.chrome).tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.url ?? '')`,
  );

/**
 * Opens `url` as the active tab of the focused window and presses Alt+Shift+F with xdotool, as a person
 * would: browsers take extension shortcuts only from the window system (docs/RECIPES.md §12.3).
 */
async function pressOn({ browser, screen, windowClass }: KeyboardContext, url: string, ready: () => Promise<void>): Promise<E2eTab> {
  const page = await browser.newTab(url);
  await page.bringToFront();
  await ready();
  screen.focusWindowOf(windowClass);
  screen.press('alt+shift+f');
  return page;
}

/** Alt+Shift+F end to end, the same in both browsers. */
export function keyboardCommandScenario(context: () => KeyboardContext): void {
  it('does nothing on a site that is no portal', async () => {
    const ctx = context();
    const { browser } = ctx;
    const page = await pressOn(ctx, 'https://evil.test/', async () => {
      // The extension has no access to evil.test: the active tab shows it no URL.
      await expect.poll(() => activeUrl(browser), { timeout: 20_000 }).toBe('');
    });
    await expectStays(
      async () =>
        browser.world.server.requests.some((r) => r.body.includes('Zzyzx')) ||
        (await page.evaluate<string>('document.body.innerText')).includes('Zzyzx'),
      false,
    );
    expect(await browser.extensionPagesOpen('/confirm/index.html')).toBe(0);
    await page.close();
  });

  it('fills a consented form on the portal with the keys alone', async () => {
    const ctx = context();
    const { browser } = ctx;
    const page = await pressOn(ctx, FORM, async () => {
      await recognisedAs(browser, 'https://elternbeitraege.test/*', 'form');
      await expect.poll(() => activeUrl(browser), { timeout: 20_000 }).toBe(FORM);
    });
    await expect.poll(async () => (await page.values('#as_vorname'))[0], { timeout: 20_000 }).toBe('Zzyzx-Tastatur');
    const log = (await browser.admin.send('audit.list', { kind: 'fill' })).value as {
      entries: { outcome: string; attributeIds: string[] }[];
    };
    expect(log.entries[0]).toMatchObject({ outcome: 'disclosed', attributeIds: ['givenNames'] });
    await page.close();
  });

  it('while locked, opens the confirm window, which asks for the passphrase first', async () => {
    const ctx = context();
    const { browser } = ctx;
    expect(await browser.admin.send('vault.lock', {})).toMatchObject({ ok: true });
    let page: E2eTab | undefined;
    const confirm = await browser.windowOpenedBy('/confirm/index.html', async () => {
      page = await pressOn(ctx, FORM, () => expect.poll(() => activeUrl(browser), { timeout: 20_000 }).toBe(FORM));
    });
    await confirm.waitFor('#passphrase');
    await expect.poll(() => confirm.text('#portal-origin'), { timeout: 20_000 }).toBe('https://elternbeitraege.test');
    expect(await page?.values('#as_vorname')).toEqual(['']);
    await confirm.close();
    expect(await browser.admin.send('vault.unlock', { passphrase: KEYBOARD_PASSPHRASE })).toMatchObject({ ok: true });
  });
}
