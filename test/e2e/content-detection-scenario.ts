import { expect, it } from 'vitest';
import type { E2eBrowser } from './e2e-browser.ts';

interface PageState { origin: string; kind: string; kinds: string[]; eidLinks: number }

export interface DetectionContext {
  readonly browser: E2eBrowser;
  /**
   * Makes the browser grant host access to `pattern` when the extension asks for it in a click, since a
   * headless browser cannot show the prompt (docs/RECIPES.md §12.2). This tests our request and
   * registration, not the browser's dialog.
   */
  readonly allowHostPrompt: (pattern: string) => Promise<void>;
}

/** What content scripts reported per tab, as the background keeps it (storage.session). */
async function states(browser: E2eBrowser): Promise<PageState[]> {
  return Object.entries(JSON.parse(await browser.sessionStorage()) as Record<string, PageState>).filter(([k]) => k.startsWith('page:')).map(([, v]) => v);
}
const stateFor = async (browser: E2eBrowser, origin: string, kind: string): Promise<PageState | undefined> => (await states(browser)).find((s) => s.origin === origin && s.kind === kind);

/** The content script's reports: page kind and field kinds, never values; SPAs; a user-added portal. */
export function contentDetectionScenario(context: () => DetectionContext): void {
  it('reports the page kind and field kinds of a login page, with its eID links, and no values', async () => {
    const { browser } = context();
    const page = await browser.newTab('https://id.bund.de/de/login/benutzername');
    await page.type('#username', 'Zzyzx-Canary-typed');
    await expect.poll(() => stateFor(browser, 'https://id.bund.de', 'login'), { timeout: 20_000 }).toMatchObject({ kinds: ['password', 'username'] });
    expect(JSON.stringify(await states(browser))).not.toContain('Zzyzx');
    await page.goto('https://id.bund.de/de/login/online-ausweis');
    await expect.poll(async () => (await states(browser)).some((s) => s.origin === 'https://id.bund.de' && s.eidLinks === 1), { timeout: 20_000 }).toBe(true);
    await page.close();
  });

  it('classifies a single-page app after it renders, and again when the wizard shows its next step', async () => {
    const { browser } = context();
    const page = await browser.newTab('https://service.schleswig-holstein.de/gover/antrag');
    await expect.poll(async () => (await stateFor(browser, 'https://service.schleswig-holstein.de', 'form'))?.kinds, { timeout: 20_000 }).toEqual(['birthDate', 'email', 'familyName', 'givenNames']);
    await page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Weiter').click()`);
    await expect.poll(async () => (await stateFor(browser, 'https://service.schleswig-holstein.de', 'form'))?.kinds, { timeout: 20_000 }).toEqual(['city', 'houseNumber', 'postalCode', 'street']);
    await page.close();
  });

  it('adds a portal the citizen chose: asks for the origin in the click, then runs there', async () => {
    const { browser, allowHostPrompt } = context();
    await allowHostPrompt('https://formulare.test/*');
    const popup = await browser.openPopup();
    await popup.evaluate(`(() => {
      const api = globalThis.browser ?? globalThis.chrome;
      const button = document.createElement('button');
      button.id = 'add-portal-test';
      button.textContent = 'Portal hinzufügen';
      button.addEventListener('click', () => {
        void api.permissions.request({ origins: ['https://formulare.test/*'] }).then(async (granted) => {
          window.added = granted
            ? await api.runtime.sendMessage({ v: 1, id: 'add1', type: 'portal.add', payload: { origin: 'https://formulare.test', name: 'Formulare' } })
            : 'denied';
        });
      });
      document.body.append(button);
    })()`);
    await popup.click('#add-portal-test');
    await expect.poll(() => popup.evaluate<boolean | undefined>('window.added?.result?.ok'), { timeout: 20_000 }).toBe(true);
    const page = await browser.newTab('https://formulare.test/controlled');
    await expect.poll(() => stateFor(browser, 'https://formulare.test', 'form'), { timeout: 20_000 }).toMatchObject({ kinds: ['birthDate', 'familyName', 'givenNames', 'nationality'] });
    await page.close();
    await popup.close();
  });
}
