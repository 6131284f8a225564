import type { Page } from 'playwright';
import { extensionPage } from '../support/extension-page.ts';
import type { FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import type { E2eBrowser, E2eTab, E2eWindow } from './e2e-browser.ts';

/** The scenarios' browser in Chromium: Playwright with the built extension. */
export async function chromiumE2eBrowser(
  world: FixtureWorld,
  options: Omit<Parameters<typeof launchChromium>[0], 'world'> = {},
): Promise<E2eBrowser & { session: ChromiumSession }> {
  const session = await launchChromium({ world, ...options });
  await session.portalsReady();
  const base = `chrome-extension://${session.extensionId}/`;
  const adminTab = await session.context.newPage();
  await adminTab.goto(`${base}popup/index.html`);
  return {
    name: 'chromium',
    world,
    session,
    extensionBase: base,
    admin: extensionPage(adminTab),
    async asConfirm(use) {
      const page = await session.context.newPage();
      await page.goto(`${base}confirm/index.html`);
      try {
        return await use(extensionPage(page));
      } finally {
        await page.close();
      }
    },
    async newTab(url) {
      const page = await session.context.newPage();
      if (url) await page.goto(url);
      return playwrightTab(page);
    },
    tabIdOf: (pattern) => session.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, pattern),
    async openPopup(tabId) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 380, height: 420 });
      await popup.goto(`${base}popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
      await popup.waitForSelector('#helper-state');
      return playwrightWindow(popup);
    },
    async windowOpenedBy(path, action) {
      const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes(path), timeout: 30_000 });
      await action();
      const page = await opened;
      await page.waitForLoadState('domcontentloaded');
      return playwrightWindow(page);
    },
    inExtension: <T>(expression: string) => adminTab.evaluate<T>(expression),
    extensionPagesOpen: (path) =>
      adminTab.evaluate<number>(
        `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.filter((t) => (t.url ?? '').includes(${JSON.stringify(path)})).length)`,
      ),
    sessionStorage: () => session.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null))),
    close: () => session.close(),
  };
}

export function playwrightTab(page: Page): E2eTab {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate<T>(expression),
    values: (selector) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value)),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    waitForUrl: (url) => page.waitForURL(url, { timeout: 30_000 }),
    frameUrls: async () =>
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map((f) => f.url()),
    frameValues: async (prefix, selector) => {
      const frame = page.frames().find((f) => f.url().startsWith(prefix));
      return frame ? frame.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value)) : [];
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

export function playwrightWindow(page: Page): E2eWindow {
  return {
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    text: async (selector) =>
      page.isClosed()
        ? ''
        : ((await page
            .locator(selector)
            .first()
            .textContent({ timeout: 2_000 })
            .catch(() => '')) ?? ''),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 30_000 })),
    evaluate: <T>(expression: string) => page.evaluate<T>(expression),
    screenshot: async (path) => void (await page.screenshot({ path })),
    isClosed: async () => page.isClosed(),
    close: () => page.close(),
  };
}
