import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSdkServer, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { waitFor } from '../support/wait-for.ts';
import { startAusweisApp } from '../support/ausweisapp-process.ts';
import { optionalTool } from '../support/optional-tool.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');

interface Seen { origin: string; accepted: boolean }
interface Refusal { result: { error: { code: string } } }

describe('platform in Firefox ESR: registered content script, popup, real helper', () => {
  let world: FixtureWorld;
  let sdk: FakeSdkServer;
  let firefox: FirefoxSession;
  let extensionPage: Page;

  beforeAll(async () => {
    world = await startFixtureWorld();
    sdk = await startFakeSdkServer();
    firefox = await launchFirefox({ world, env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
    extensionPage = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    await waitFor(async () => (await extensionPage.evaluate(async () => (await browser.scripting.getRegisteredContentScripts()).length)) > 0, {
      what: 'content script registration',
    });
  });
  afterAll(async () => {
    await firefox?.close();
    await sdk?.close();
    await world?.close();
  });

  const seen = (): Promise<Seen[]> =>
    extensionPage.evaluate(async () => ((await browser.storage.session.get('contentSeen')).contentSeen ?? []) as Seen[]);

  it('serves the registry portals under their real https origins, trusting only the test CA', async () => {
    const page = await firefox.newPage();
    await page.goto('https://id.bund.de/de/login');
    expect(await page.evaluate(() => location.origin)).toBe('https://id.bund.de');
    await page.close();
  });

  it('runs the content script on a registered origin and none on attacker origins', async () => {
    for (const url of ['https://evil.test/', 'https://id.bund.de.evil.test/de/login', 'https://amtspass.test/']) {
      const page = await firefox.newPage();
      await page.goto(url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.close();
    }
    const page = await firefox.newPage();
    await page.goto('https://id.bund.de/de/login');
    await expect.poll(async () => (await seen()).some((s) => s.origin === 'https://id.bund.de' && s.accepted)).toBe(true);
    const origins = (await seen()).map((s) => s.origin);
    // A script on an attacker page would have spoken (and been refused and recorded) before the control page.
    expect(origins).not.toContain('https://evil.test');
    expect(origins).not.toContain('https://id.bund.de.evil.test');
    expect(origins).not.toContain('https://amtspass.test');
    await page.close();
  });

  it('shows the helper status in the popup (German), from the real helper process', async () => {
    const popup = await firefox.openExtensionPage('popup/index.html', '#helper-state');
    await popup.setViewport({ width: 380, height: 260 });
    await expect.poll(() => popup.$eval('#helper-state', (el) => el.textContent)).toBe('Verbunden, Version 0.1.0');
    await expect.poll(() => popup.$eval('#ausweisapp-state', (el) => el.textContent)).toBe('Bereit, Version 1.26.2 (API-Level 1, 2)');
    expect(sdk.handshakes.at(-1)?.origin).toBeUndefined();
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot({ path: join(TEST_OUTPUT, 'firefox-popup-status.png') });
    const refused = await popup.evaluate(() => browser.runtime.sendMessage<object, Refusal>({ v: 1, id: "p1", type: "page.detected", payload: { kind: "none", kinds: [], eidLinks: 0 } }));
    expect(refused.result.error.code).toBe('FORBIDDEN_SENDER');
    const malformed = await popup.evaluate(() => browser.runtime.sendMessage<object, Refusal>({ v: 1, type: "helper.status" }));
    expect(malformed.result.error.code).toBe('INVALID_MESSAGE');
    await popup.close();
  });

  it.skipIf(!ausweisApp2.available)('leaves the loopback eID-Client endpoint to AusweisApp (the proxy does not capture it)', async () => {
    const app = await startAusweisApp({ webservice: true });
    try {
      const page = await firefox.newPage();
      await page.goto(`http://127.0.0.1:${app.port}/eID-Client?Status=json`);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('AusweisApp2');
      await page.close();
    } finally {
      await app.stop();
    }
  });
});
