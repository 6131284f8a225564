import { expect, it } from 'vitest';
import { classifyInPage, waitForSettled } from '../../bench/classify-in-page.ts';
import { toClassifyOutput } from '../../bench/classify-output.ts';
import { createCorpusTally } from '../../bench/evaluate-corpus.ts';
import { CORPUS_HOST } from '../corpus/corpus-host.ts';
import { corpusPages, PLATFORMS } from '../corpus/corpus-pages.ts';
import type { E2eBrowser } from './e2e-browser.ts';

interface PageState {
  origin: string;
  kind: string;
  kinds: string[];
  eidLinks: number;
}

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
  return Object.entries(JSON.parse(await browser.sessionStorage()) as Record<string, PageState>)
    .filter(([k]) => k.startsWith('page:'))
    .map(([, v]) => v);
}
const stateFor = async (browser: E2eBrowser, origin: string, kind: string): Promise<PageState | undefined> =>
  (await states(browser)).find((s) => s.origin === origin && s.kind === kind);

/** The content script's reports: page kind and field kinds, never values; SPAs; a user-added portal. */
export function contentDetectionScenario(context: () => DetectionContext): void {
  it('reports the page kind and field kinds of a login page, with its eID links, and no values', async () => {
    const { browser } = context();
    const page = await browser.newTab('https://id.bund.de/de/login/benutzername');
    await page.type('#username', 'Zzyzx-Canary-typed');
    await expect
      .poll(() => stateFor(browser, 'https://id.bund.de', 'login'), { timeout: 20_000 })
      .toMatchObject({ kinds: ['password', 'username'] });
    expect(JSON.stringify(await states(browser))).not.toContain('Zzyzx');
    await page.goto('https://id.bund.de/de/login/online-ausweis');
    await expect
      .poll(async () => (await states(browser)).some((s) => s.origin === 'https://id.bund.de' && s.eidLinks === 1), { timeout: 20_000 })
      .toBe(true);
    await page.close();
  });

  it('classifies a single-page app after it renders, and again when the wizard shows its next step', async () => {
    const { browser } = context();
    const page = await browser.newTab('https://service.schleswig-holstein.de/gover/antrag');
    await expect
      .poll(async () => (await stateFor(browser, 'https://service.schleswig-holstein.de', 'form'))?.kinds, { timeout: 20_000 })
      .toEqual(['birthDate', 'email', 'familyName', 'givenNames']);
    await page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Weiter').click()`);
    await expect
      .poll(async () => (await stateFor(browser, 'https://service.schleswig-holstein.de', 'form'))?.kinds, { timeout: 20_000 })
      .toEqual(['city', 'houseNumber', 'postalCode', 'street']);
    await page.close();
  });

  it('adds a portal the citizen chose: asks for the origin in the click, then runs there', async () => {
    const { browser } = context();
    await addPortalInClick(context(), 'https://formulare.test', 'Formulare');
    const page = await browser.newTab('https://formulare.test/controlled');
    await expect
      .poll(() => stateFor(browser, 'https://formulare.test', 'form'), { timeout: 20_000 })
      .toMatchObject({ kinds: ['birthDate', 'familyName', 'givenNames', 'nationality'] });
    await page.close();
  });

  it('recognises each form platform on a portal the citizen added exactly as the engine does on a shipped one', async () => {
    const { browser } = context();
    const origin = `https://${CORPUS_HOST}`;
    await addPortalInClick(context(), origin, 'Formularkorpus');
    const pages = corpusPages();
    for (const platform of PLATFORMS) {
      const { expected } = pages.find((p) => p.expected.portal === platform.id && p.expected.page === 'form') ?? {};
      if (!expected) throw new Error(`no form page for ${platform.id}`);
      const tab = await browser.newTab(expected.url);
      const tabId = await browser.tabIdOf(expected.url);
      await waitForSettled(tab);
      // The engine on the same page (proven on the whole corpus by the recognition tests) ...
      const engine = toClassifyOutput(await classifyInPage(tab));
      expect(createCorpusTally().add(expected, engine)).toEqual([]);
      const kinds = [...new Set(engine.fields.flatMap((f) => (f.fill && f.kind ? [f.kind] : [])))].sort();
      expect(kinds.length).toBeGreaterThanOrEqual(4);
      // ... and what the extension's content script reported for this tab on the added origin.
      await expect
        .poll(async () => JSON.stringify(await stateOfTab(browser, tabId)), { timeout: 20_000 })
        .toBe(JSON.stringify({ origin, kind: 'form', kinds }));
      await tab.close();
    }
  }, 180_000);
}

/** What the content script last reported for one tab, without its eID link count. */
async function stateOfTab(browser: E2eBrowser, tabId: number): Promise<{ origin: string; kind: string; kinds: string[] } | null> {
  const state = (JSON.parse(await browser.sessionStorage()) as Record<string, PageState>)[`page:${tabId}`];
  return state ? { origin: state.origin, kind: state.kind, kinds: state.kinds } : null;
}

/** Adds `origin` as the citizen does: the permission request and `portal.add` inside a click in the popup. */
async function addPortalInClick({ browser, allowHostPrompt }: DetectionContext, origin: string, name: string): Promise<void> {
  await allowHostPrompt(`${origin}/*`);
  const popup = await browser.openPopup();
  await popup.evaluate(`(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    const button = document.createElement('button');
    button.id = 'add-portal-test';
    button.textContent = 'Portal hinzufügen';
    button.addEventListener('click', () => {
      void api.permissions.request({ origins: [${JSON.stringify(`${origin}/*`)}] }).then(async (granted) => {
        window.added = granted
          ? await api.runtime.sendMessage({ v: 1, id: 'add1', type: 'portal.add', payload: { origin: ${JSON.stringify(origin)}, name: ${JSON.stringify(name)} } })
          : 'denied';
      });
    });
    document.body.append(button);
  })()`);
  await popup.click('#add-portal-test');
  await expect.poll(() => popup.evaluate<boolean | undefined>('window.added?.result?.ok'), { timeout: 20_000 }).toBe(true);
  await popup.close();
}
