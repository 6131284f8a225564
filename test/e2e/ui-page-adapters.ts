import type { Page as PlaywrightPage } from 'playwright';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { extensionPage } from '../support/extension-page.ts';
import type { UiPage } from './manage-scenario.ts';

/** A Playwright page (Chromium) as the scenarios' page. */
export function playwrightUiPage(page: PlaywrightPage): UiPage {
  return {
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    text: (selector) => page.locator(selector).first().innerText(),
    waitFor: async (selector) => void (await page.waitForSelector(selector)),
    count: (selector) => page.locator(selector).count(),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    focusedId: () => page.evaluate(() => document.activeElement?.id ?? ''),
    reload: async (ready) => {
      await page.reload();
      await page.waitForSelector(ready);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    send: (type, payload) => extensionPage(page).send(type, payload),
  };
}

/**
 * A puppeteer page over WebDriver BiDi (Firefox) as the scenarios' page; selectors are CSS only.
 * `reload` may be replaced: a BiDi reload can lose the first wait (docs/RECIPES.md §12.3).
 */
export function puppeteerUiPage(page: PuppeteerPage, reload?: (ready: string) => Promise<void>): UiPage {
  return {
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.locator(selector).fill(value),
    select: async (selector, value) => void (await page.select(selector, value)),
    text: (selector) => page.$eval(selector, (el) => (el as HTMLElement).innerText),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 15_000 })),
    count: async (selector) => (await page.$$(selector)).length,
    // puppeteer has no "Shift+Tab" chords: modifiers go down, the key is pressed, modifiers go up.
    press: async (chord) => {
      type Key = Parameters<PuppeteerPage['keyboard']['press']>[0];
      const keys = chord.split('+') as Key[];
      const key = keys.pop() as Key;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    focusedId: () => page.evaluate(() => document.activeElement?.id ?? ''),
    reload: reload ?? (async (ready) => void (await page.reload(), await page.waitForSelector(ready))),
    screenshot: async (path) => void (await page.screenshot({ path })),
    send: (type, payload) => extensionPage(page).send(type, payload),
  };
}
