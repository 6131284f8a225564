import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../shared/protocol/native-host.ts';
import type { FixtureWorld } from './fixture-world.ts';
import { installHelper } from './install-helper.ts';
import { DIST_FIREFOX } from './project-paths.ts';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** Fixed moz-extension:// host for the tests (pref extensions.webextensions.uuids). */
export const FIREFOX_EXTENSION_UUID = '7d1c3b6e-5a2f-4e8b-9c0d-1f2e3a4b5c6d';

export interface FirefoxSession {
  readonly browser: Browser;
  readonly baseUrl: string;
  /** Opens an extension page (moz-extension:// navigation never resolves in puppeteer: wait for a selector). */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  /** A new tab; retried when BiDi names a just-closed window as its reference context. */
  newPage(): Promise<Page>;
  /** The extension window (e.g. `/confirm/index.html`) that `action` opens, once it has loaded. */
  windowOpenedBy(path: string, action: () => Promise<unknown>): Promise<Page>;
  /**
   * Firefox's own state of the extension's event page (`running`, `suspending`, `stopped`, …), read in
   * the browser's chrome scope over BiDi without waking the page: tests wait for it instead of timing
   * Firefox's idle timeout.
   */
  backgroundState(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed as a temporary add-on, the real
 * helper registered under a private HOME, fixture hosts reached through the CONNECT proxy, and the
 * test CA trusted in the profile's own NSS store (certutil) rather than accepting any certificate.
 */
export async function launchFirefox(options: {
  world: FixtureWorld;
  env?: Readonly<Record<string, string>>;
  extension?: boolean;
  /** Another build than dist/firefox (a test build). */
  extensionPath?: string;
  /** False: no native host manifest, as for a citizen who has not installed the helper. */
  withHelper?: boolean;
  /** False: a headed browser (on the display in `env.DISPLAY`). */
  headless?: boolean;
  /** More preferences, e.g. a short background idle timeout. */
  prefs?: Readonly<Record<string, string | number | boolean>>;
}): Promise<FirefoxSession> {
  const home = mkdtempSync(join(tmpdir(), 'amtspass-home-'));
  const profile = mkdtempSync(join(tmpdir(), 'amtspass-firefox-'));
  if (options.withHelper !== false) installHelper({ browser: 'firefox', home });
  execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);
  execFileSync('certutil', ['-A', '-d', `sql:${profile}`, '-n', 'Amtspass Test CA', '-t', 'C,,', '-i', options.world.certs.caPath]);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    userDataDir: profile,
    env: { ...process.env, HOME: home, ...options.env },
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.world.proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'intl.locale.requested': 'de',
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.prefs,
    },
  });
  if (options.extension !== false) await browser.installExtension(options.extensionPath ?? DIST_FIREFOX);
  const baseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  // Right after an extension window closes (the confirm window), browsingContext.create can still
  // reference the discarded context and fail with "no such frame"; a moment later it succeeds.
  const newPage = async (): Promise<Page> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await browser.newPage();
      } catch (error) {
        if (attempt >= 4 || !String(error).includes('no such frame')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  return {
    browser,
    baseUrl,
    newPage,
    async backgroundState() {
      const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
      const context = tree.contexts[0]?.context;
      if (!context) throw new Error('no chrome-scope browsing context');
      const expression = `(() => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs'); return String(ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ADDON_ID)})?.backgroundState); })()`;
      const answer = (await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result as {
        result?: { value?: string };
      };
      return answer.result?.value ?? 'unknown';
    },
    async windowOpenedBy(path, action) {
      const created: Target[] = [];
      const listen = (target: Target): void => void created.push(target);
      browser.on('targetcreated', listen);
      try {
        await action();
        // A new window's target url() stays about:blank in BiDi: find it by its location (docs/RECIPES.md §12.3).
        for (let attempt = 0; attempt < 50; attempt++) {
          for (const target of created) {
            const page = await target.asPage().catch(() => null);
            const href = page ? await page.evaluate(() => location.href).catch(() => '') : '';
            if (page && href.includes(path)) return page;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`no window ${path}`);
      } finally {
        browser.off('targetcreated', listen);
      }
    },
    async openExtensionPage(path, readySelector) {
      let page = await newPage();
      // BiDi sometimes fails the first wait right after a moz-extension navigation (docs/RECIPES.md §12.3):
      // navigate again and wait again, a few times; right after a window closed it can keep failing
      // for that tab ("right-hand side of 'in'"), so the later attempts take a fresh tab.
      for (let attempt = 0; ; attempt++) {
        page.goto(`${baseUrl}${path}`, { timeout: 3000 }).catch(() => undefined);
        try {
          await page.waitForSelector(readySelector, { timeout: 5_000 });
          return page;
        } catch (error) {
          if (attempt >= 4) throw error;
          if (attempt >= 1) {
            await page.close().catch(() => undefined);
            await new Promise((resolve) => setTimeout(resolve, 300));
            page = await newPage();
          }
        }
      }
    },
    async close() {
      try {
        await browser.close();
      } finally {
        rmSync(home, { recursive: true, force: true });
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
