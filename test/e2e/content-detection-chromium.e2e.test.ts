import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchChromium, pregrantHost, type ChromiumSession } from '../support/launch-chromium.ts';

interface PageState { origin: string; kind: string; kinds: string[]; eidLinks: number }

describe('content script detection in Chromium (built extension)', () => {
  let world: FixtureWorld;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    world = await startFixtureWorld();
    chromium = await launchChromium({ world });
    await chromium.portalsReady();
  });
  afterAll(async () => {
    await chromium?.close();
    await world?.close();
  });

  const states = (): Promise<PageState[]> =>
    chromium.worker.evaluate(async () => Object.entries(await chrome.storage.session.get(null)).filter(([k]) => k.startsWith('page:')).map(([, v]) => v as PageState));
  const stateFor = async (origin: string, kind: string): Promise<PageState | undefined> => (await states()).find((s) => s.origin === origin && s.kind === kind);

  it('reports the page kind and field kinds of a login page, with its eID links, and no values', async () => {
    const page = await chromium.context.newPage();
    await page.goto('https://id.bund.de/de/login/benutzername');
    await page.fill('#username', 'Zzyzx-Canary-typed');
    await expect.poll(() => stateFor('https://id.bund.de', 'login')).toMatchObject({ kinds: ['password', 'username'] });
    expect(JSON.stringify(await states())).not.toContain('Zzyzx');
    await page.goto('https://id.bund.de/de/login/online-ausweis');
    await expect.poll(async () => (await states()).some((s) => s.origin === 'https://id.bund.de' && s.eidLinks === 1)).toBe(true);
    await page.close();
  });

  it('classifies a single-page app after it renders, and again when the wizard shows its next step', async () => {
    const page = await chromium.context.newPage();
    await page.goto('https://service.schleswig-holstein.de/gover/antrag');
    await expect.poll(async () => (await stateFor('https://service.schleswig-holstein.de', 'form'))?.kinds).toEqual(['birthDate', 'email', 'familyName', 'givenNames']);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect.poll(async () => (await stateFor('https://service.schleswig-holstein.de', 'form'))?.kinds).toEqual(['city', 'houseNumber', 'postalCode', 'street']);
    await page.close();
  });

  it('adds a portal the citizen chose: asks for the origin in the click, then runs there', async () => {
    // The permission prompt cannot be answered in headless Chromium; chrome://extensions pre-grants the
    // host, after which the extension's own permissions.request on a real click resolves without a
    // prompt (docs/RECIPES.md §12.2). This tests our request and registration, not Chrome's dialog.
    await pregrantHost(chromium, 'https://formulare.test/*');

    const popup = await chromium.context.newPage();
    await popup.goto(`chrome-extension://${chromium.extensionId}/popup/index.html`);
    await popup.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'add-portal-test';
      button.textContent = 'Portal hinzufügen';
      button.addEventListener('click', () => {
        void chrome.permissions.request({ origins: ['https://formulare.test/*'] }).then(async (granted) => {
          (window as unknown as { added: unknown }).added = granted
            ? await chrome.runtime.sendMessage({ v: 1, id: 'add1', type: 'portal.add', payload: { origin: 'https://formulare.test', name: 'Formulare' } })
            : 'denied';
        });
      });
      document.body.append(button);
    });
    await popup.click('#add-portal-test');
    await expect.poll(() => popup.evaluate(() => (window as unknown as { added?: { result: { ok: boolean } } }).added?.result?.ok)).toBe(true);

    const page = await chromium.context.newPage();
    await page.goto('https://formulare.test/controlled');
    await expect.poll(() => stateFor('https://formulare.test', 'form')).toMatchObject({ kinds: ['birthDate', 'familyName', 'givenNames', 'nationality'] });
    await page.close();
    await popup.close();
  });
});
