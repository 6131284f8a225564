import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAusweisApp, type AusweisAppProcess } from '../support/ausweisapp-process.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { realAusweisApps } from '../support/real-ausweisapps.ts';
import { startSdkRelay, type SdkRelay } from '../support/sdk-relay.ts';
import type { E2eBrowser } from './e2e-browser.ts';

/** The newest real AusweisApp whose Simulator can be a reader without keypad (2.3.1 in CI, docs/EID.md §9). */
const basic = realAusweisApps()
  .filter((app) => app.basicReaderSetting)
  .at(-1);
/** The Simulator's own PIN (docs/EID.md §9) and the new one the citizen chooses. */
const SIMULATOR_PIN = '123456';
const NEW_PIN = '735194';

/**
 * The PIN change typed in the confirm window (docs/EID.md §6a) against the real AusweisApp with the
 * Simulator as a basic reader, the helper's frames recorded by a relay; written once for both browsers.
 */
export function eidBasicReaderScenario(
  browserName: string,
  launch: (world: FixtureWorld, env: Record<string, string>) => Promise<E2eBrowser>,
): void {
  describe.skipIf(basic === undefined)(
    `PIN change typed in the confirm window, against the real ${basic?.label ?? 'AusweisApp'} with the Simulator as a basic reader (${browserName})`,
    () => {
      let world: FixtureWorld;
      let app: AusweisAppProcess;
      let relay: SdkRelay;
      let browser: E2eBrowser;

      beforeAll(async () => {
        world = await startFixtureWorld();
        app = await startAusweisApp({ app: basic, basicReader: true });
        relay = await startSdkRelay(app.port);
        browser = await launch(world, { AMTSPASS_AUSWEISAPP_PORT: String(relay.port) });
      }, 90_000);
      afterAll(async () => {
        await browser?.close();
        await relay?.close();
        await app?.stop();
        await world?.close();
      });

      it('the new PIN is typed twice and compared in the window (a mismatch is never sent), then each PIN goes to AusweisApp exactly once', async () => {
        const popup = await browser.openPopup();
        await popup.waitFor('#change-pin');
        const confirm = await browser.windowOpenedBy('/confirm/index.html?eid=', () => popup.click('#change-pin'));
        await confirm.waitFor('#eid-insert');
        await confirm.click('#eid-insert');
        await confirm.waitFor('#eid-number');
        // Four digits are neither a Transport-PIN nor a PIN: refused in the window.
        await confirm.fill('#eid-number', '1234');
        await confirm.click('#eid-enter');
        await confirm.waitFor('#eid-number-error');
        expect(await confirm.text('#eid-number-error')).toBe('Bitte 5 Ziffern (Transport-PIN) oder 6 Ziffern (PIN) eingeben.');
        await confirm.fill('#eid-number', SIMULATOR_PIN);
        await confirm.click('#eid-enter');
        await confirm.waitFor('#eid-new-pin');
        await confirm.fill('#eid-new-pin', NEW_PIN);
        await confirm.fill('#eid-new-pin-repeat', '735195');
        mkdirSync(TEST_OUTPUT, { recursive: true });
        await confirm.screenshot(join(TEST_OUTPUT, `${browser.name}-eid-basic-new-pin.png`));
        await confirm.click('#eid-enter');
        await confirm.waitFor('#eid-number-error');
        expect(await confirm.text('#eid-number-error')).toBe(
          'Die beiden Eingaben stimmen nicht überein. Bitte beide Felder neu ausfüllen.',
        );
        expect(await confirm.evaluate<string[]>("[...document.querySelectorAll('input[type=password]')].map((i) => i.value)")).toEqual([
          '',
          '',
        ]);
        expect(relay.frames.some((f) => f.text.includes('SET_NEW_PIN'))).toBe(false);
        await confirm.fill('#eid-new-pin', NEW_PIN);
        await confirm.fill('#eid-new-pin-repeat', NEW_PIN);
        await confirm.click('#eid-enter');
        await confirm.waitFor('#eid-result');
        expect(await confirm.text('#eid-result')).toContain('Ihre neue PIN ist gesetzt');
        const sent = relay.frames.filter((f) => f.from === 'helper').map((f) => f.text);
        expect(sent.filter((text) => text.includes(SIMULATOR_PIN))).toEqual([JSON.stringify({ cmd: 'SET_PIN', value: SIMULATOR_PIN })]);
        expect(sent.filter((text) => text.includes(NEW_PIN))).toEqual([JSON.stringify({ cmd: 'SET_NEW_PIN', value: NEW_PIN })]);
        expect(sent.some((text) => text.includes('735195') || text.includes('1234"'))).toBe(false);
        await confirm.close();
        await popup.close();
      }, 120_000);
    },
  );
}
