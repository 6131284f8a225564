import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEB_HELPER_PATH, DEB_PACKAGE } from '../../packaging/build-deb.ts';
import { LINUX_SYSTEM_FOLDERS } from '../../helper/install/host-manifest-locations.ts';
import { DEVELOPMENT_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../shared/protocol/native-host.ts';
import { chromiumE2eBrowser } from '../e2e/chromium-e2e-browser.ts';
import { consentedFillScenario, setUpConsentedFill, type FillContext } from '../e2e/consented-fill-scenario.ts';
import type { E2eBrowser } from '../e2e/e2e-browser.ts';
import { firefoxE2eBrowser } from '../e2e/firefox-e2e-browser.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { PACKAGED, packaged, unpackZip } from '../support/packaged-files.ts';
import { installDeb, isInstalled, ownedPaths, removePackage } from '../support/system-package.ts';

const HOST_FILE = 'de.amtspass.helper.json';
const unpacked: string[] = [];
let owned: string[] = [];

/**
 * The .deb on this machine, as a citizen installs it: its system-wide host manifests, then fresh
 * browser profiles with the packaged extension and no per-user manifest reach the helper, sign in and
 * fill with consent; `apt-get remove` leaves nothing behind. Runs after the browser tests (its own
 * tier), because while it is installed every browser on the machine finds the helper.
 */
beforeAll(() => {
  if (isInstalled(DEB_PACKAGE)) removePackage(DEB_PACKAGE); // a run that died half-way
  installDeb(packaged(PACKAGED.deb));
  owned = ownedPaths(DEB_PACKAGE);
});
afterAll(() => {
  if (isInstalled(DEB_PACKAGE)) removePackage(DEB_PACKAGE);
  unpacked.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const unpack = (zip: string): string => {
  const dir = unpackZip(zip);
  unpacked.push(dir);
  return dir;
};

describe('the .deb installed', () => {
  it("puts the executable under /usr/lib/amtspass and a manifest into each browser's system folder", () => {
    expect(owned).toContain(DEB_HELPER_PATH);
    expect(owned).toContain('/usr/bin/amtspass-helper');
    for (const [browser, folder] of Object.entries(LINUX_SYSTEM_FOLDERS)) {
      const manifest = JSON.parse(readFileSync(`${folder}/${HOST_FILE}`, 'utf8')) as Record<string, unknown>;
      expect(manifest).toMatchObject({ name: 'de.amtspass.helper', type: 'stdio', path: DEB_HELPER_PATH });
      if (browser === 'firefox') expect(manifest.allowed_extensions).toEqual([FIREFOX_ADDON_ID]);
      else expect(manifest.allowed_origins).toContain(`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`);
    }
  });
});

/** The popup, opened on no tab, says the helper answers with the packaged version. */
async function expectHelperConnected(browser: E2eBrowser): Promise<void> {
  const popup = await browser.openPopup();
  await expect.poll(() => popup.text('#helper-state'), { timeout: 30_000 }).toBe(`Verbunden, Version ${PACKAGED.version}`);
  await popup.close();
}

for (const [name, launch] of [
  [
    'Chromium, the development zip (its id is fixed by its key)',
    (world: FixtureWorld) => chromiumE2eBrowser(world, { withHelper: false, extensionPath: unpack(PACKAGED.chromeDevelopmentZip) }),
  ],
  [
    'Firefox ESR, the store zip',
    (world: FixtureWorld) => firefoxE2eBrowser(world, { withHelper: false, extensionPath: unpack(PACKAGED.firefoxZip) }),
  ],
] as const) {
  describe(`${name}: a fresh profile finds the installed helper, signs in and fills with consent`, () => {
    let world: FixtureWorld;
    let browser: E2eBrowser;
    let context: FillContext;
    beforeAll(async () => {
      world = await startFixtureWorld();
      browser = await launch(world);
      context = await setUpConsentedFill(browser);
    });
    afterAll(async () => {
      await browser?.close();
      await world?.close();
    });

    it('shows the installed helper as connected in the popup', async () => {
      await expectHelperConnected(browser);
    });
    consentedFillScenario(() => context);
  });
}

describe('Chromium with the store zip loaded unpacked (an id the helper was not built for)', () => {
  let world: FixtureWorld;
  let browser: E2eBrowser;
  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world, { withHelper: false, extensionPath: unpack(PACKAGED.chromeStoreZip), anyExtensionId: true });
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  it('is not let through to the helper: the popup says so instead of "Verbunden"', async () => {
    const popup = await browser.openPopup();
    await expect.poll(() => popup.text('#helper-state'), { timeout: 30_000 }).not.toBe('');
    await expect.poll(() => popup.text('#helper-state'), { timeout: 30_000 }).not.toMatch(/Lädt|Verbunden/);
    await popup.close();
  });
});

describe('apt-get remove', () => {
  it('leaves nothing of the package behind', () => {
    expect(owned.length).toBeGreaterThan(5);
    removePackage(DEB_PACKAGE);
    expect(isInstalled(DEB_PACKAGE)).toBe(false);
    const files = owned.filter((path) => path.includes('amtspass') || path.endsWith(HOST_FILE));
    expect(files.filter((path) => existsSync(path))).toEqual([]);
    expect(existsSync('/usr/lib/amtspass')).toBe(false);
  });
});
