import { expect } from 'vitest';
import type { extensionPage } from '../support/extension-page.ts';
import type { FixtureWorld } from '../support/fixture-world.ts';
import { pollInterval } from '../support/wait-for.ts';

/**
 * What the cross-browser scenarios need of a browser with the built extension, so that each scenario
 * is written once and run in Chromium (Playwright) and Firefox ESR (puppeteer over WebDriver BiDi).
 * Everything that differs between the two drivers sits behind this interface
 * (`chromium-e2e-browser.ts`, `firefox-e2e-browser.ts`).
 */
export interface E2eBrowser {
  readonly name: 'chromium' | 'firefox';
  readonly world: FixtureWorld;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBase: string;
  /** An extension page (popup as a tab) that sends requests to the background. */
  readonly admin: ExtensionClient;
  /** Runs `use` with the confirm page opened as a tab (the sender that may grant consents), then closes it. */
  readonly asConfirm: <T>(use: (client: ExtensionClient) => Promise<T>) => Promise<T>;
  /** A new tab, at `url` when given. */
  readonly newTab: (url?: string) => Promise<E2eTab>;
  /** The id of the first tab whose URL matches the pattern (`https://host/*`), -1 when none. */
  readonly tabIdOf: (pattern: string) => Promise<number>;
  /** The popup for a tab (or for none), opened as a tab itself (`popup/index.html?tab=<id>`), ready for use. */
  readonly openPopup: (tabId?: number) => Promise<E2eWindow>;
  /** The extension window (e.g. `/confirm/index.html`) that `action` opens, once it has loaded. */
  windowOpenedBy(path: string, action: () => Promise<unknown>): Promise<E2eWindow>;
  /** Evaluates a string expression in an extension page (`browser`/`chrome` APIs available). */
  readonly inExtension: <T>(expression: string) => Promise<T>;
  /** How many tabs or windows show the extension page `path` (e.g. `/confirm/index.html`). */
  readonly extensionPagesOpen: (path: string) => Promise<number>;
  /** `storage.session` of the extension as JSON (what the background knows about pages). */
  readonly sessionStorage: () => Promise<string>;
  readonly close: () => Promise<void>;
}

export type ExtensionClient = ReturnType<typeof extensionPage>;

/** A web page tab. Clicks are real input events (`isTrusted`). */
export interface E2eTab {
  readonly goto: (url: string) => Promise<void>;
  readonly reload: () => Promise<void>;
  readonly url: () => Promise<string>;
  /** Evaluates a string expression in the page (the same code for both drivers). */
  readonly evaluate: <T>(expression: string) => Promise<T>;
  /** `value` of every element that matches. */
  readonly values: (selector: string) => Promise<string[]>;
  /** A trusted click at the element's centre. */
  readonly click: (selector: string) => Promise<void>;
  /** A trusted click at page coordinates. */
  readonly clickAt: (x: number, y: number) => Promise<void>;
  /** Types into the element as a citizen would. */
  readonly type: (selector: string, text: string) => Promise<void>;
  /** A trusted key press (down and up) on whatever has focus, e.g. `Shift`. */
  readonly press: (key: string) => Promise<void>;
  /** Waits until the tab's URL is exactly `url`. */
  readonly waitForUrl: (url: string) => Promise<void>;
  /** URLs of the tab's child frames. */
  readonly frameUrls: () => Promise<string[]>;
  /** `values(selector)` inside the child frame whose URL starts with `prefix`. */
  readonly frameValues: (prefix: string, selector: string) => Promise<string[]>;
  readonly setViewport: (width: number, height: number) => Promise<void>;
  /** Makes this the active tab of its window. */
  readonly bringToFront: () => Promise<void>;
  readonly screenshot: (path: string) => Promise<void>;
  readonly close: () => Promise<void>;
}

/** An extension window or page: popup, confirm window. */
export interface E2eWindow {
  readonly click: (selector: string) => Promise<void>;
  readonly fill: (selector: string, value: string) => Promise<void>;
  /** Chooses the option with this value in a select, as the citizen would. */
  readonly select: (selector: string, value: string) => Promise<void>;
  /** Text of the first match, '' when there is none (a closed window reads as ''). */
  readonly text: (selector: string) => Promise<string>;
  readonly waitFor: (selector: string) => Promise<void>;
  /** Evaluates a string expression in the extension page. */
  readonly evaluate: <T>(expression: string) => Promise<T>;
  readonly screenshot: (path: string) => Promise<void>;
  /** Whether the window is gone (closed by itself after approving or cancelling). */
  readonly isClosed: () => Promise<boolean>;
  readonly close: () => Promise<void>;
}

/** Waits until the background knows the tab's page as `kind` (the content script has reported it). */
export async function recognisedAs(browser: E2eBrowser, pattern: string, kind: string): Promise<void> {
  const tabId = await browser.tabIdOf(pattern);
  await expect
    .poll(async () => ((await browser.admin.send('page.current', { tabId })).value as { page: { kind: string } | null }).page?.kind, {
      timeout: 20_000,
    })
    .toBe(kind);
}

/** Waits until the window has closed itself. */
export async function expectClosed(window: E2eWindow): Promise<void> {
  await expect.poll(() => window.isClosed(), { timeout: 20_000 }).toBe(true);
}

/**
 * Proves that something did **not** happen. Absence cannot be waited for, so the check is repeated over
 * a window of `ms` (default 1,500 ms, more than 30 × the quiet-machine time of the thing that must not
 * happen: a fill lands within 50 ms of its click) and fails the moment the unwanted value appears. A
 * slow machine can only make this test pass late, never fail wrongly.
 */
export async function expectStays<T>(read: () => Promise<T>, expected: T, ms = 1_500): Promise<void> {
  const end = Date.now() + ms;
  do {
    expect(await read()).toEqual(expected);
    await pollInterval();
  } while (Date.now() < end);
  expect(await read()).toEqual(expected);
}
