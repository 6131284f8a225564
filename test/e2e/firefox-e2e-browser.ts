import type { Page } from 'puppeteer-core';
import { extensionPage } from '../support/extension-page.ts';
import type { FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { pollInterval } from '../support/wait-for.ts';
import type { E2eBrowser, E2eTab, E2eWindow } from './e2e-browser.ts';

/** The scenarios' browser in Firefox ESR: puppeteer-core over WebDriver BiDi with the built extension. */
export async function firefoxE2eBrowser(
  world: FixtureWorld,
  options: Omit<Parameters<typeof launchFirefox>[0], 'world'> = {},
): Promise<E2eBrowser & { session: FirefoxSession }> {
  const session = await launchFirefox({ world, ...options });
  const adminPage = await session.openExtensionPage('popup/index.html', '#helper-state');
  const admin = extensionPage(adminPage);
  return {
    name: 'firefox',
    world,
    session,
    extensionBase: session.baseUrl,
    admin,
    async asConfirm(use) {
      const page = await session.openExtensionPage('confirm/index.html', '#app');
      try {
        return await use(extensionPage(page));
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    async newTab(url) {
      const page = await session.newPage();
      if (url) await page.goto(url);
      return puppeteerTab(page);
    },
    tabIdOf: async (pattern) =>
      (await adminPage.evaluate(`browser.tabs.query({ url: ${JSON.stringify(pattern)} }).then((tabs) => tabs[0]?.id ?? -1)`)) as number,
    async openPopup(tabId) {
      const popup = await session.openExtensionPage(`popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`, '#helper-state');
      await popup.setViewport({ width: 380, height: 420 });
      return puppeteerWindow(session, popup);
    },
    windowOpenedBy: async (path, action) => puppeteerWindow(session, await session.windowOpenedBy(path, action)),
    inExtension: <T>(expression: string) => adminPage.evaluate(expression) as Promise<T>,
    extensionPagesOpen: async (path) =>
      (await adminPage.evaluate(
        `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((tabs) => tabs.filter((t) => (t.url ?? '').includes(${JSON.stringify(path)})).length)`,
      )) as number,
    sessionStorage: async () =>
      (await adminPage.evaluate('browser.storage.session.get(null).then((all) => JSON.stringify(all))')) as string,
    close: () => session.close(),
  };
}

export function puppeteerTab(page: Page): E2eTab {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    url: async () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    values: (selector) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value)),
    async click(selector) {
      // A real pointer click at the element's centre (puppeteer's click scrolls it into view first).
      await page.click(selector);
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    async waitForUrl(url) {
      const end = Date.now() + 30_000;
      while (page.url() !== url) {
        if (Date.now() > end) throw new Error(`the tab did not reach ${url} (at ${page.url()})`);
        await pollInterval();
      }
    },
    frameUrls: async () =>
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .map((f) => f.url()),
    frameValues: async (prefix, selector) => {
      const frame = page.frames().find((f) => f.url().startsWith(prefix));
      return frame ? frame.$$eval(selector, (els) => els.map((e) => (e as HTMLInputElement).value)) : [];
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

/**
 * A closed BiDi window keeps `isClosed() === false` and fails every evaluate with "no such frame"
 * (docs/RECIPES.md §12.3): an evaluate that fails that way means the window is gone.
 */
export function puppeteerWindow(session: FirefoxSession, page: Page): E2eWindow {
  const gone = async (): Promise<boolean> => {
    if (page.isClosed()) return true;
    try {
      await page.evaluate('1');
      return false;
    } catch (error) {
      return /no such frame|closed|detached|Target/i.test(String(error));
    }
  };
  void session;
  return {
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.locator(selector).fill(value),
    select: async (selector, value) => void (await page.select(selector, value)),
    text: async (selector) => page.$eval(selector, (e) => e.textContent ?? '').catch(() => ''),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 30_000 })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    screenshot: async (path) => void (await page.screenshot({ path })),
    isClosed: gone,
    close: async () => void (await page.close().catch(() => undefined)),
  };
}
