import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startAusweisApp } from '../support/ausweisapp-process.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import type { E2eBrowser } from './e2e-browser.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');

export interface Seen {
  origin: string;
  accepted: boolean;
}
interface Answer {
  result: { ok: boolean; error?: { code: string } };
}

export interface PlatformContext {
  readonly browser: E2eBrowser;
  /** The fake AusweisApp SDK the helper is pointed at (AMTSPASS_AUSWEISAPP_PORT). */
  readonly sdk: FakeSdkServer;
}

/** Every content script that spoke to the background, accepted or refused (kept in storage.session). */
export const contentSeen = (browser: E2eBrowser): Promise<Seen[]> =>
  browser.inExtension<Seen[]>(
    `(globalThis.browser ?? globalThis.chrome).storage.session.get('contentSeen').then((all) => all.contentSeen ?? [])`,
  );

/** Real origins, the registered content script, the popup with the real helper: the same in both browsers. */
export function platformScenario(context: () => PlatformContext): void {
  it('serves the registry portals under their real https origins', async () => {
    const { browser } = context();
    const page = await browser.newTab('https://id.bund.de/de/login');
    expect(await page.evaluate('location.origin')).toBe('https://id.bund.de');
    await page.close();
  });

  it('runs the content script on a registered origin and none on unregistered or lookalike origins', async () => {
    const { browser } = context();
    for (const url of ['https://evil.test/', 'https://id.bund.de.evil.test/de/login', 'https://amtspass.test/']) {
      const page = await browser.newTab(url);
      await page.close();
    }
    // The control page afterwards: once it has spoken, a script on an attacker page would have spoken
    // (and been refused and recorded) before it.
    const control = await browser.newTab('https://id.bund.de/de/login');
    await expect
      .poll(async () => (await contentSeen(browser)).some((s) => s.origin === 'https://id.bund.de' && s.accepted), { timeout: 20_000 })
      .toBe(true);
    const origins = (await contentSeen(browser)).map((s) => s.origin);
    expect(origins).not.toContain('https://evil.test');
    expect(origins).not.toContain('https://id.bund.de.evil.test');
    expect(origins).not.toContain('https://amtspass.test');
    await control.close();
  });

  it('shows the helper status in the popup (German), from the real helper process', async () => {
    const { browser, sdk } = context();
    const popup = await browser.openPopup();
    await expect.poll(() => popup.text('#helper-state'), { timeout: 20_000 }).toBe('Verbunden, Version 0.1.0');
    await expect.poll(() => popup.text('#ausweisapp-state'), { timeout: 20_000 }).toBe('Bereit, Version 1.26.2 (API-Level 1, 2)');
    expect(await popup.text('#status-heading')).toBe('Verbindung');
    expect(sdk.handshakes.at(-1)?.origin).toBeUndefined();
    expect(sdk.handshakes.at(-1)?.['user-agent']).toBe('Amtspass-Helper/0.1.0');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot(join(TEST_OUTPUT, `${browser.name}-popup-status.png`));
    await popup.close();
  });

  it('refuses a content-script message from an extension page, and a message without an id', async () => {
    const { browser } = context();
    const send = (message: object) =>
      browser.inExtension<Answer>(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})`);
    expect(
      (await send({ v: 1, id: 'p1', type: 'page.detected', payload: { kind: 'none', kinds: [], eidLinks: 0 } })).result.error?.code,
    ).toBe('FORBIDDEN_SENDER');
    expect((await send({ v: 1, type: 'helper.status' })).result.error?.code).toBe('INVALID_MESSAGE');
  });

  it.skipIf(!ausweisApp2.available)(
    'leaves the loopback eID-Client endpoint to AusweisApp (no host mapping or proxy captures it)',
    async () => {
      const { browser } = context();
      const app = await startAusweisApp({ webservice: true });
      try {
        const page = await browser.newTab(`http://127.0.0.1:${app.port}/eID-Client?Status=json`);
        expect(await page.evaluate<string>('document.body.innerText')).toMatch(/"?Implementation-Title"?\s*:?\s*"?AusweisApp/);
        await page.close();
      } finally {
        await app.stop();
      }
    },
  );
}
