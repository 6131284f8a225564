import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Worker } from 'playwright';
import { DEVELOPMENT_EXTENSION_ID } from '../../shared/protocol/native-host.ts';
import type { FixtureWorld } from './fixture-world.ts';
import { installHelper } from './install-helper.ts';
import { DIST_CHROME } from './project-paths.ts';
import { waitFor } from './wait-for.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that map every fixture host to the fixture server and trust only its key. */
export function fixtureHostArgs(world: FixtureWorld): string[] {
  const rules = [...world.server.hosts.keys()].map((host) => `MAP ${host}:443 127.0.0.1:${world.server.port}`).join(', ');
  return [`--host-resolver-rules=${rules}`, `--ignore-certificate-errors-spki-list=${world.certs.leafSpki}`];
}

/** Chromium without the extension, for running the classification bundle on fixture pages. */
export async function launchPlainChromium(world: FixtureWorld): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...fixtureHostArgs(world), '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic'],
  });
}

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly userDataDir: string;
  /** Resolves once the background has registered the portal content scripts. */
  portalsReady(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian Chromium with the built extension, the real helper registered for this fresh profile, and
 * the fixture hosts mapped to the fixture server: host and port are mapped, and only the fixture's
 * own key is trusted (SPKI pin), not every certificate.
 */
export async function launchChromium(options: {
  world: FixtureWorld;
  headless?: boolean;
  /** The caller handles Ctrl+C and SIGTERM itself (npm start cleans up before it exits); else Playwright exits at once. */
  ownSignals?: boolean;
  env?: Readonly<Record<string, string>>;
  extensionPath?: string;
  args?: readonly string[];
  /** False: no native host manifest, as for a citizen who has not installed the helper. */
  withHelper?: boolean;
  /** True: a build without the development key (a store zip), whose id Chromium derives from its folder. */
  anyExtensionId?: boolean;
}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'amtspass-chromium-'));
  const home = mkdtempSync(join(tmpdir(), 'amtspass-home-'));
  if (options.withHelper !== false) installHelper({ browser: 'chromium', home, profile: userDataDir });
  const { world } = options;
  const extensionPath = options.extensionPath ?? DIST_CHROME;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.ownSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    viewport: null,
    locale: 'de-DE',
    // Chromium picks the extension's UI language from the environment on Linux, not from --lang.
    // TMPDIR inside the private home: what Chromium leaves in its temporary folder when it is killed goes with it.
    env: { ...process.env, HOME: home, TMPDIR: home, LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', ...options.env },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...fixtureHostArgs(world),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=de-DE',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!options.anyExtensionId && extensionId !== DEVELOPMENT_EXTENSION_ID) throw new Error(`unexpected extension id ${extensionId}`);
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    portalsReady: () =>
      waitFor(async () => (await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) > 0, {
        what: 'content script registration',
      }),
    async close() {
      // The profile (with the demo vault) goes even when the browser is gone already (Ctrl+C reaches it too).
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
        rmSync(home, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Pre-grants host access to `pattern` from chrome://extensions, so that the extension's own
 * `permissions.request` in a real click resolves without the prompt headless Chromium cannot answer
 * (docs/RECIPES.md §12.2). Tests then check our request and registration, not Chrome's dialog.
 */
export async function pregrantHost(session: ChromiumSession, pattern: string): Promise<void> {
  const settings = await session.context.newPage();
  await settings.goto(`chrome://extensions/?id=${session.extensionId}`);
  await settings.evaluate(
    ([id, host]) =>
      (
        chrome as unknown as { developerPrivate: { addHostPermission(i: string, h: string): Promise<void> } }
      ).developerPrivate.addHostPermission(id as string, host as string),
    [session.extensionId, pattern],
  );
  await settings.close();
}
