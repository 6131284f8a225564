import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from '../support/extension-page.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import {
  auditTamperDetected,
  recordTamperReported,
  backupDeleteImport,
  expectLockedEverywhere,
  expectNoCanaryAtRest,
  setUpWithCanaries,
} from './vault-scenario.ts';

/** Free-text attributes: any value is valid, so the batch below exercises storage, not validation. */
const FREE_TEXT = [
  'birthName',
  'doctoralDegree',
  'artisticName',
  'street',
  'houseNumber',
  'city',
  'addressAddition',
  'phone',
  'pseudonym',
  'communityId',
  'documentType',
] as const;

describe('vault in Chromium (built extension, real IndexedDB and service worker)', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;
  let tab: Page;
  let page: ReturnType<typeof extensionPage>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    tab = await chromium.context.newPage();
    await tab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    page = extensionPage(tab);
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  it('keeps no canary value, passphrase or password in plaintext in IndexedDB, storage.local or storage.session', async () => {
    await setUpWithCanaries(page);
    await expectNoCanaryAtRest(page);
  });

  it('leaves every record old or new, never broken, when the worker is stopped in the middle of a batch, and stays unlocked', async () => {
    for (const id of FREE_TEXT)
      expect(await page.send('attribute.set', { attributeId: id, value: `alt-${id}` })).toMatchObject({ ok: true });
    const cdp = await chromium.context.newCDPSession(tab);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) states.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    const ROUNDS = 30;
    const rounds = Array.from({ length: ROUNDS }, (_, i) => i + 1);
    const batch = rounds.flatMap((round) =>
      FREE_TEXT.map((id) => ({ type: 'attribute.set', payload: { attributeId: id, value: `neu-${id}-${round}` } })),
    );
    const before = new Map((await page.records('attribute')).map((r) => [r.id, r.iv]));
    await page.sendBatch(batch);
    // Stop as soon as the first new record has landed, so the stop falls inside the batch. The landing is
    // read from IndexedDB by the page itself: a question to the worker would queue behind the batch and
    // come back only when most of it is done (as it did on a busy machine).
    await expect.poll(async () => (await page.records('attribute')).some((r) => before.get(r.id) !== r.iv), { interval: 1 }).toBe(true);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => states.includes('stopped')).toBe(true);

    const listed = await page.send('attribute.list', {});
    expect(listed).toMatchObject({ ok: true, value: { corruptRecords: 0 } });
    await expect.poll(() => states.lastIndexOf('running') > states.indexOf('stopped')).toBe(true);
    const values = new Map(
      (listed.value as { attributes: { attributeId: string; value: string }[] }).attributes.map((a) => [a.attributeId, a.value]),
    );
    for (const id of FREE_TEXT) expect(values.get(id), id).toMatch(new RegExp(`^(alt-${id}|neu-${id}-([1-9]|[12][0-9]|30))$`));
    // The stop fell inside the batch: the last round never landed everywhere.
    expect(FREE_TEXT.some((id) => !values.get(id)?.endsWith(`-${ROUNDS}`))).toBe(true);
    await cdp.detach();
  });

  it('T20: reports a flipped ciphertext byte and two swapped records, reads the rest, and uses a fresh IV for each record', async () => {
    await recordTamperReported(page);
  });

  it('T23: notices a modified, deleted or swapped log entry in IndexedDB and says so in the log view', async () => {
    const confirmTab = await chromium.context.newPage();
    await confirmTab.goto(`chrome-extension://${chromium.extensionId}/confirm/index.html`);
    const logWarning = async (): Promise<string> => {
      const popup = await chromium.context.newPage();
      await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
      await popup.click('#tab-log');
      await popup.waitForSelector('#audit-count');
      const warning =
        (await popup.locator('#panel-log .warning').count()) > 0 ? await popup.locator('#panel-log .warning').innerText() : '';
      await popup.close();
      return warning;
    };
    await auditTamperDetected(page, extensionPage(confirmTab), logWarning);
    await confirmTab.close();
  });

  it('answers LOCKED to every value request after lock, and unlocks again', async () => {
    await expectLockedEverywhere(page);
  });

  it('restores everything from an encrypted backup after "delete all my data"', async () => {
    await backupDeleteImport(page);
  });
});
