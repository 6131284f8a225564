import { extensionPage } from '../test/support/extension-page.ts';
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchChromium } from '../test/support/launch-chromium.ts';
import { ATTRIBUTE_IDS } from '../shared/vocabulary/attribute-ids.ts';
import { median, type BenchResult } from './bench-stats.ts';
import { VAULT_READ_BUDGET_MS, VAULT_SAVE_BUDGET_MS } from './vault-bench.ts';

const SAMPLE: Partial<Record<string, string>> = {
  birthDate: '12.08.1964',
  validUntil: '31.10.2029',
  iban: 'DE89370400440532013000',
  taxId: '86095742719',
  postalCode: '51147',
  email: 'erika@example.de',
  nationality: 'DE',
  country: 'DE',
  issuingState: 'DE',
  gender: 'weiblich',
  salutation: 'Frau',
};

/**
 * The same in real Chromium, end to end from an extension page: message → background → IndexedDB →
 * WebCrypto → reply. All 25 attributes filled; unlock measured as the popup sees it.
 */
export async function benchVaultInChromium(runs = 30): Promise<BenchResult[]> {
  const world = await startFixtureWorld();
  const chromium = await launchChromium({ world });
  try {
    const tab = await chromium.context.newPage();
    await tab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const page = extensionPage(tab);
    await page.send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    for (const id of ATTRIBUTE_IDS) await page.send('attribute.set', { attributeId: id, value: SAMPLE[id] ?? `Wert ${id}` });
    // Timed inside the page, so the numbers hold no DevTools round trip.
    const timings: { read: number[]; save: number[]; unlock: number[] } = await tab.evaluate<{
      read: number[];
      save: number[];
      unlock: number[];
    }>(`(async () => {
      const api = globalThis.chrome;
      const send = (type, payload) => api.runtime.sendMessage({ v: 1, id: crypto.randomUUID(), type, payload });
      const read = [], save = [], unlock = [];
      for (let i = 0; i < ${runs}; i++) {
        let t = performance.now();
        const listed = await send('attribute.list', {});
        read.push(performance.now() - t);
        if (!listed.result.ok || listed.result.value.attributes.length !== 25) throw new Error('list failed');
        t = performance.now();
        await send('attribute.set', { attributeId: 'city', value: 'Köln ' + i });
        save.push(performance.now() - t);
      }
      for (let i = 0; i < 5; i++) {
        await send('vault.lock', {});
        const t = performance.now();
        await send('vault.unlock', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
        unlock.push(performance.now() - t);
      }
      return { read, save, unlock };
    })()`);
    const { read, save, unlock } = timings;
    return [
      { name: 'vault in Chromium: list 25 attributes, end to end', unit: 'ms', median: median(read), runs, budget: VAULT_READ_BUDGET_MS },
      { name: 'vault in Chromium: save one attribute, end to end', unit: 'ms', median: median(save), runs, budget: VAULT_SAVE_BUDGET_MS },
      {
        name: 'vault in Chromium: unlock (PBKDF2 600,000), end to end',
        unit: 'ms',
        median: median(unlock),
        runs: 5,
        budget: Number.POSITIVE_INFINITY,
      },
    ];
  } finally {
    await chromium.close();
    await world.close();
  }
}
