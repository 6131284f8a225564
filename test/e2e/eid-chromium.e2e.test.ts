import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { eidScenario, setUpEid, type EidContext } from './eid-scenario.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');
const cvcCreate = optionalTool('cvc-create', 'openpace');

describe.skipIf(!ausweisApp2.available || !cvcCreate.available)(
  'eID with the real AusweisApp2 in Chromium (built extension, helper, mock eID services)',
  () => {
    let context: EidContext & { close(): Promise<void> };

    beforeAll(async () => {
      // The helper inherits the environment; Chromium itself ignores the proxy (it maps hosts with resolver rules).
      context = await setUpEid((world, env) => chromiumE2eBrowser(world, { env, args: ['--no-proxy-server'] }));
    }, 60_000);
    afterAll(async () => {
      await context?.close();
    });

    eidScenario(() => context);

    it("without the helper, the click goes to AusweisApp's own activation address as before", async () => {
      const bare = await launchChromium({ world: context.world, withHelper: false });
      try {
        await bare.portalsReady();
        const portal = await bare.context.newPage();
        await portal.goto('https://id.bund.de/de/login/online-ausweis');
        const activation = await portal.locator('#eid-start').getAttribute('href');
        let confirmOpened = false;
        bare.context.on('page', (p) => {
          if (p.url().includes('/confirm/')) confirmOpened = true;
        });
        const request = portal.waitForRequest((r) => r.url().startsWith('http://127.0.0.1:24727/eID-Client?'), { timeout: 30_000 });
        await portal.click('#eid-start');
        expect((await request).url()).toBe(activation);
        expect(confirmOpened).toBe(false);
      } finally {
        await bare.close();
      }
    }, 60_000);
  },
);
