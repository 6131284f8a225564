import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSdkServer, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, type ChromiumSession } from '../support/launch-chromium.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { startAusweisApp } from '../support/ausweisapp-process.ts';
import { optionalTool } from '../support/optional-tool.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');

interface Seen { origin: string; accepted: boolean }
interface Refusal { result: { error: { code: string } } }

describe('platform in Chromium: registered content script, popup, real helper', () => {
  let world: FixtureWorld;
  let sdk: FakeSdkServer;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sdk = await startFakeSdkServer();
    chromium = await launchChromium({ world, env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
    await chromium.portalsReady();
  });
  afterAll(async () => {
    await chromium?.close();
    await sdk?.close();
    await world?.close();
  });

  const seen = (): Promise<Seen[]> =>
    chromium.worker.evaluate(async () => ((await chrome.storage.session.get('contentSeen')).contentSeen ?? []) as Seen[]);

  /** Names of the isolated worlds in a page: the extension's content script shows up as "Amtspass". */
  async function extensionWorlds(page: Page): Promise<string[]> {
    const cdp = await chromium.context.newCDPSession(page);
    const names: string[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated') names.push(context.name);
    });
    await cdp.send('Runtime.enable');
    await page.waitForTimeout(300);
    await cdp.detach();
    return names;
  }

  it('serves the registry portals under their real https origins', async () => {
    const page = await chromium.context.newPage();
    await page.goto('https://id.bund.de/de/login');
    expect(await page.evaluate(() => location.origin)).toBe('https://id.bund.de');
    await page.close();
  });

  it('runs the content script on a registered origin and reports to the background', async () => {
    const page = await chromium.context.newPage();
    await page.goto('https://id.bund.de/de/login');
    await expect.poll(async () => (await seen()).some((s) => s.origin === 'https://id.bund.de' && s.accepted)).toBe(true);
    expect(await extensionWorlds(page)).toContain('Amtspass');
    await page.close();
  });

  it('runs no content script on unregistered and lookalike origins', async () => {
    for (const url of ['https://evil.test/', 'https://id.bund.de.evil.test/de/login', 'https://amtspass.test/']) {
      const page = await chromium.context.newPage();
      await page.goto(url);
      expect(await extensionWorlds(page), url).not.toContain('Amtspass');
      await page.close();
    }
    // A control page afterwards proves reporting worked meanwhile; the attacker origins never spoke.
    const control = await chromium.context.newPage();
    await control.goto('https://servicekonto.nrw/serviceaccount/login');
    await expect.poll(async () => (await seen()).some((s) => s.origin === 'https://servicekonto.nrw')).toBe(true);
    const origins = (await seen()).map((s) => s.origin);
    expect(origins).not.toContain('https://evil.test');
    expect(origins).not.toContain('https://id.bund.de.evil.test');
    await control.close();
  });

  it('refuses a UI-only message sent from a real content script with FORBIDDEN_SENDER', async () => {
    const page = await chromium.context.newPage();
    await page.goto('https://id.bund.de/de/login');
    const cdp = await chromium.context.newCDPSession(page);
    const contexts: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push({ id: context.id, name: context.name }));
    await cdp.send('Runtime.enable');
    await expect.poll(() => contexts.some((c) => c.name === 'Amtspass')).toBe(true);
    const contextId = contexts.find((c) => c.name === 'Amtspass')?.id;
    const ask = async (message: object) =>
      (await cdp.send('Runtime.evaluate', {
        contextId,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      })).result.value as { result: { ok: boolean; error?: { code: string } } };
    const status = await ask({ v: 1, id: 'c1', type: 'helper.status', payload: {} });
    expect(status.result.error?.code).toBe('FORBIDDEN_SENDER');
    const malformed = await ask({ v: 1, id: 'c2', type: 'page.detected', payload: { origin: 'https://evil.test' } });
    expect(malformed.result.error?.code).toBe('INVALID_MESSAGE');
    await cdp.detach();
    await page.close();
  });

  it('shows the helper status in the popup (German), from the real helper process', async () => {
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 260 });
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    await expect.poll(() => popup.locator('#helper-state').textContent()).toBe('Verbunden, Version 0.1.0');
    await expect.poll(() => popup.locator('#ausweisapp-state').textContent()).toBe('Bereit, Version 1.26.2 (API-Level 1, 2)');
    expect(await popup.locator('#status-heading').textContent()).toBe('Verbindung');
    expect(sdk.handshakes.at(-1)?.origin).toBeUndefined();
    expect(sdk.handshakes.at(-1)?.['user-agent']).toBe('Amtspass-Helper/0.1.0');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot({ path: join(TEST_OUTPUT, 'chromium-popup-status.png') });
    // The popup may not send content-script messages.
    const refused = await popup.evaluate(() => chrome.runtime.sendMessage<object, Refusal>({ v: 1, id: "p1", type: "page.detected", payload: { kind: "none", kinds: [], eidLinks: 0 } }));
    expect(refused.result.error.code).toBe('FORBIDDEN_SENDER');
    await popup.close();
  });

  it.skipIf(!ausweisApp2.available)('leaves the loopback eID-Client endpoint to AusweisApp (no host mapping captures it)', async () => {
    const app = await startAusweisApp({ webservice: true });
    try {
      const page = await chromium.context.newPage();
      await page.goto(`http://127.0.0.1:${app.port}/eID-Client?Status=json`);
      expect(JSON.parse(await page.locator('body').innerText())).toMatchObject({ 'Implementation-Title': 'AusweisApp2' });
      await page.close();
    } finally {
      await app.stop();
    }
  });
});
