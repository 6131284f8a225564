import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { consentedFillScenario, setUpConsentedFill, type FillContext } from './consented-fill-scenario.ts';
import { expectClosed } from './e2e-browser.ts';

describe('consented fill and one-click sign-in in Chromium (built extension, fixture portals)', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;
  let context: FillContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world);
    context = await setUpConsentedFill(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  consentedFillScenario(() => context);

  // Chromium only: DevTools can stop the service worker at a chosen moment. Firefox's event page stops
  // only by its idle timeout; its twin is consent-expiry-firefox.e2e.test.ts.
  it('T19: voids a pending consent when the worker is stopped, with no fill and no replay', async () => {
    const { form, formValues, askToFill } = context;
    expect(await browser.admin.send('consent.revokeOrigin', { origin: 'https://mein-digiport.de' })).toMatchObject({ ok: true });
    await form.reload();
    const { popup, confirm } = await askToFill('#approve');
    const cdpPage = await browser.session.context.newPage();
    const cdp = await browser.session.context.newCDPSession(cdpPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await cdpPage.close();
    await confirm.click('#approve');
    await expect
      .poll(async () => ((await confirm.isClosed()) ? 'closed' : confirm.text('#confirm-result')), { timeout: 20_000 })
      .toMatch(/abgelaufen|closed/);
    expect(await formValues()).toEqual(['', '', '', '', '', '']);
    // The session survived the restart (still unlocked); asking again works as the first time.
    const second = await browser.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await second.waitFor('#approve');
    await second.click('#approve');
    await expectClosed(second);
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000']);
    await popup.close();
  });
});
