import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { keyboardWalkthrough, manageScenario, type UiBrowser, type UiPage } from './manage-scenario.ts';

/** puppeteer over WebDriver BiDi, adapted to the scenario's page (selectors are CSS only). */
function adapt(page: Page, reopen: (ready: string) => Promise<void>): UiPage {
  return {
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.locator(selector).fill(value),
    select: async (selector, value) => void (await page.select(selector, value)),
    text: (selector) => page.$eval(selector, (el) => (el as HTMLElement).innerText),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 15_000 })),
    count: async (selector) => (await page.$$(selector)).length,
    // puppeteer has no "Shift+Tab" chords: modifiers go down, the key is pressed, modifiers go up.
    press: async (chord) => {
      type Key = Parameters<Page['keyboard']['press']>[0];
      const keys = chord.split('+') as Key[];
      const key = keys.pop() as Key;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    focusedId: () => page.evaluate(() => document.activeElement?.id ?? ''),
    reload: (ready) => reopen(ready),
    screenshot: async (path) => void (await page.screenshot({ path: path })),
    send: (type, payload) => extensionPage(page).send(type, payload),
  };
}

describe('popup and options page in Firefox ESR: manage data, consents and the disclosure log', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  const browser: UiBrowser = {
    name: 'firefox',
    async open(path, ready, size) {
      const page = await firefox.openExtensionPage(path, ready);
      if (size) await page.setViewport(size);
      // BiDi: a reload can lose the first wait (RECIPES.md §12.3), so "reload" navigates anew.
      const reopen = async (readySelector: string): Promise<void> => {
        for (let attempt = 0; ; attempt++) {
          page.goto(`${firefox.baseUrl}${path}`, { timeout: 3000 }).catch(() => undefined);
          try {
            await page.waitForSelector(readySelector, { timeout: 5000 });
            return;
          } catch (error) {
            if (attempt >= 4) throw error;
          }
        }
      };
      return adapt(page, reopen);
    },
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('set-up → add → see → edit → lock/unlock → revoke a consent → export and delete the log → delete all data', async () => {
    await manageScenario(browser);
  }, 180_000);

  it('walks the main path by keyboard alone', async () => {
    await keyboardWalkthrough(browser);
  }, 90_000);
});
