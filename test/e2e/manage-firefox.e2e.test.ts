import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { keyboardWalkthrough, manageScenario, type UiBrowser } from './manage-scenario.ts';
import { puppeteerUiPage } from './ui-page-adapters.ts';

describe('popup and options page in Firefox ESR: manage data, consents and the disclosure log', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  const browser: UiBrowser = {
    name: 'firefox',
    async open(path, ready, size) {
      const page = await firefox.openExtensionPage(path, ready);
      if (size) await page.setViewport(size);
      // BiDi: a reload can lose the first wait (docs/RECIPES.md §12.3), so "reload" navigates anew.
      const reopen = async (readySelector: string): Promise<void> => {
        for (let attempt = 0; ; attempt++) {
          page.goto(`${firefox.baseUrl}${path}`, { timeout: 3000 }).catch(() => undefined);
          try {
            await page.waitForSelector(readySelector, { timeout: 5000 });
            return;
          } catch (error) {
            if (attempt >= 4) throw error;
          }
        }
      };
      return puppeteerUiPage(page, reopen);
    },
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    firefox = await launchFirefox({ world });
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  it('set-up → add → see → edit → lock/unlock → revoke a consent → export and delete the log → delete all data', async () => {
    await manageScenario(browser);
  }, 180_000);

  it('walks the main path by keyboard alone', async () => {
    await keyboardWalkthrough(browser);
  }, 90_000);
});
