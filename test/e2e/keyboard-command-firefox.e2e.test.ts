import { afterAll, beforeAll, describe } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { optionalTool } from '../support/optional-tool.ts';
import { startVirtualDisplay, type VirtualDisplay } from '../support/virtual-display.ts';
import { firefoxE2eBrowser } from './firefox-e2e-browser.ts';
import { keyboardCommandScenario, setUpKeyboard } from './keyboard-command-scenario.ts';

const xvfb = optionalTool('Xvfb', 'xvfb');
const xdotool = optionalTool('xdotool', 'xdotool');

/** Headed Firefox ESR on a virtual display, keys pressed with xdotool as in Chromium. */
describe.skipIf(!xvfb.available || !xdotool.available)(
  'keyboard command "Diese Seite ausfüllen" (Alt+Shift+F) in headed Firefox ESR',
  () => {
    let world: FixtureWorld;
    let screen: VirtualDisplay;
    let browser: Awaited<ReturnType<typeof firefoxE2eBrowser>>;

    beforeAll(async () => {
      screen = await startVirtualDisplay();
      world = await startFixtureWorld();
      browser = await firefoxE2eBrowser(world, { headless: false, env: { DISPLAY: screen.display } });
      await setUpKeyboard(browser);
    });
    afterAll(async () => {
      await browser?.close();
      await world?.close();
      screen?.close();
    });

    keyboardCommandScenario(() => ({ browser, screen, windowClass: 'firefox' }));
  },
);
