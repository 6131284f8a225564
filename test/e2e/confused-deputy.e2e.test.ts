import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, type ResultValue } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium } from '../support/launch-chromium.ts';
import { launchFirefox } from '../support/launch-firefox.ts';
import { DIST_CHROME, DIST_FIREFOX } from '../support/project-paths.ts';
import { rogueBuild, ROGUE_ORIGIN, ROGUE_RESULT_ATTRIBUTE } from '../support/rogue-build.ts';

const CANARY_NAME = 'Zzyzx-Rogue-Vorname';

/** What the browser under test offers this walk: an extension page and a portal tab. */
interface Session {
  admin: ReturnType<typeof extensionPage>;
  /** Opens the rogue script's origin and returns what its messages got back. */
  rogueAnswers(): Promise<Record<string, ResultValue>>;
}

/**
 * docs/SECURITY.md T14 in both browsers: a test build adds a rogue content script on a registry origin.
 * Whatever it asks of the background with well-formed payloads is refused by the sender check, and
 * the vault afterwards is as before: nothing exported, granted, changed or erased.
 */
async function confusedDeputy(session: Session): Promise<void> {
  const { admin } = session;
  expect(await admin.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).toMatchObject({ ok: true });
  expect(await admin.send('attribute.set', { attributeId: 'givenNames', value: CANARY_NAME })).toMatchObject({ ok: true });
  expect(
    await admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Rogue-Passwort' }),
  ).toMatchObject({ ok: true });

  const answers = await session.rogueAnswers();
  expect(Object.keys(answers).length).toBeGreaterThanOrEqual(12);
  for (const [type, answer] of Object.entries(answers)) {
    expect({ type, ok: answer.ok, code: answer.error?.code }).toEqual({ type, ok: false, code: 'FORBIDDEN_SENDER' });
  }
  expect(JSON.stringify(answers)).not.toContain('Zzyzx');

  // Nothing happened: still unlocked, the data is there, no consent, no portal, settings unchanged.
  const listed = await admin.send('attribute.list', {});
  expect(JSON.stringify(listed)).toContain(CANARY_NAME);
  expect(await admin.send('consent.list', {})).toMatchObject({ ok: true, value: { consents: [] } });
  expect(JSON.stringify(await admin.send('portal.list', {}))).not.toContain('evil.test');
  expect(JSON.stringify(await admin.send('settings.get', {}))).not.toContain('evil.test');
  expect((await admin.send('credential.list', {})).ok).toBe(true);
}

describe('T14: a rogue content script cannot use the background as a confused deputy', () => {
  let world: FixtureWorld;
  beforeAll(async () => {
    world = await startFixtureWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('in Chromium', async () => {
    const build = rogueBuild(DIST_CHROME);
    const chromium = await launchChromium({ world, extensionPath: build });
    try {
      await chromium.portalsReady();
      const adminTab = await chromium.context.newPage();
      await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
      await confusedDeputy({
        admin: extensionPage(adminTab),
        async rogueAnswers() {
          const page = await chromium.context.newPage();
          await page.goto(`${ROGUE_ORIGIN}/login`);
          const handle = await page.waitForSelector(`[${ROGUE_RESULT_ATTRIBUTE}]`, { state: 'attached', timeout: 15_000 });
          return JSON.parse((await handle.getAttribute(ROGUE_RESULT_ATTRIBUTE)) ?? '{}') as Record<string, ResultValue>;
        },
      });
    } finally {
      await chromium.close();
      rmSync(build, { recursive: true, force: true });
    }
  });

  it('in Firefox ESR', async () => {
    const build = rogueBuild(DIST_FIREFOX);
    const firefox = await launchFirefox({ world, extensionPath: build });
    try {
      const adminPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
      await confusedDeputy({
        admin: extensionPage(adminPage),
        async rogueAnswers() {
          const page = await firefox.newPage();
          await page.goto(`${ROGUE_ORIGIN}/login`);
          await page.waitForSelector(`[${ROGUE_RESULT_ATTRIBUTE}]`, { timeout: 15_000 });
          return JSON.parse((await page.$eval('html', (e, name) => e.getAttribute(name), ROGUE_RESULT_ATTRIBUTE)) ?? '{}') as Record<
            string,
            ResultValue
          >;
        },
      });
    } finally {
      await firefox.close();
      rmSync(build, { recursive: true, force: true });
    }
  });
});
