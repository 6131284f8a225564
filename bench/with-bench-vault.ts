import { extensionPage } from '../test/support/extension-page.ts';
import { startFixtureWorld } from '../test/support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../test/support/launch-chromium.ts';

/** The passphrase of every bench vault (a throw-away profile). */
const BENCH_PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';

/**
 * What the fill benches share: the fixture portals, Chromium with the built extension, and a vault set
 * up through an extension page (`admin`) that the bench fills with its values. Everything is closed
 * afterwards, whatever the bench did.
 */
export async function withBenchVault<T>(
  bench: (setup: { chromium: ChromiumSession; admin: ReturnType<typeof extensionPage> }) => Promise<T>,
): Promise<T> {
  const world = await startFixtureWorld();
  const chromium = await launchChromium({ world });
  try {
    await chromium.portalsReady();
    const adminTab = await chromium.context.newPage();
    await adminTab.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    const admin = extensionPage(adminTab);
    await admin.send('vault.setup', { passphrase: BENCH_PASSPHRASE });
    return await bench({ chromium, admin });
  } finally {
    await chromium.close();
    await world.close();
  }
}
