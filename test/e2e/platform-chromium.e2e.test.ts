import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSdkServer, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { contentSeen, platformScenario } from './platform-scenario.ts';

describe('platform in Chromium: registered content script, popup, real helper', () => {
  let world: FixtureWorld;
  let sdk: FakeSdkServer;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sdk = await startFakeSdkServer();
    browser = await chromiumE2eBrowser(world, { env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
  });
  afterAll(async () => {
    await browser?.close();
    await sdk?.close();
    await world?.close();
  });

  platformScenario(() => ({ browser, sdk }));

  // Chromium only: DevTools lists a page's isolated worlds and can run code in the content script's own
  // world; Firefox's BiDi driver has no such view (its twin checks what the background recorded).
  /** Names of the isolated worlds in a page (Runtime.enable reports the existing ones at once). */
  async function isolatedWorlds(page: Page): Promise<string[]> {
    const cdp = await browser.session.context.newCDPSession(page);
    const names: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') names.push(context.name);
    });
    await cdp.send('Runtime.enable');
    await cdp.detach();
    return names;
  }

  it('has the content script as an isolated world on a registered origin, and none on a lookalike', async () => {
    const page = await browser.session.context.newPage();
    await page.goto('https://id.bund.de/de/login');
    await expect
      .poll(async () => (await contentSeen(browser)).some((s) => s.origin === 'https://id.bund.de' && s.accepted), { timeout: 20_000 })
      .toBe(true);
    expect(await isolatedWorlds(page)).toContain('Amtspass');
    await page.goto('https://id.bund.de.evil.test/de/login');
    await page.waitForLoadState('load');
    expect(await isolatedWorlds(page)).not.toContain('Amtspass');
    await page.close();
  });

  it('refuses a UI-only message sent from a real content script with FORBIDDEN_SENDER', async () => {
    const page = await browser.session.context.newPage();
    await page.goto('https://id.bund.de/de/login');
    const cdp = await browser.session.context.newCDPSession(page);
    const contexts: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push({ id: context.id, name: context.name }));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.name === 'Amtspass'), { timeout: 20_000 }).toBe(true);
    const contextId = contexts.find((c) => c.name === 'Amtspass')?.id;
    const ask = async (message: object) =>
      (
        await cdp.send('Runtime.evaluate', {
          contextId,
          expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
          awaitPromise: true,
          returnByValue: true,
        })
      ).result.value as { result: { ok: boolean; error?: { code: string } } };
    expect((await ask({ v: 1, id: 'c1', type: 'helper.status', payload: {} })).result.error?.code).toBe('FORBIDDEN_SENDER');
    expect((await ask({ v: 1, id: 'c2', type: 'page.detected', payload: { origin: 'https://evil.test' } })).result.error?.code).toBe(
      'INVALID_MESSAGE',
    );
    await cdp.detach();
    await page.close();
  });
});
