import { expect, it } from 'vitest';
import { classifyInPage, fillInPage, proveInPage, waitForSettled } from '../../bench/classify-in-page.ts';
import { toClassifyOutput } from '../../bench/classify-output.ts';
import { createCorpusTally, LOGIN_KINDS, precisionRecall } from '../../bench/evaluate-corpus.ts';
import { fixtureCorpus } from '../../bench/fixture-corpus.ts';
import { corpusPages, FORMS, PLATFORMS } from '../corpus/corpus-pages.ts';
import type { E2eTab } from './e2e-browser.ts';
import { ERIKA } from './erika.ts';

/** A tab for the built recognition engine, opened at `url` (a browser without the extension). */
export type OpenTab = (url: string) => Promise<E2eTab>;

const value = async (page: E2eTab, selector: string): Promise<string> => (await page.values(selector))[0] ?? '';

/**
 * The recognition engine (collect + classify + fill, injected by the test) on every fixture page and on
 * the platform-specific fills, the same in both browsers.
 */
export function recognitionScenario(open: OpenTab): void {
  // One test per page, each with its own time limit, so a slow machine never fails the corpus as a whole.
  const tally = createCorpusTally();
  it.each(fixtureCorpus().map((expected) => [expected.url, expected] as const))('classifies %s as expected', async (_url, expected) => {
    const page = await open(expected.url);
    await waitForSettled(page);
    const result = await classifyInPage(page);
    expect(tally.add(expected, toClassifyOutput(result))).toEqual([]);
    // One-click fills keep working: every rendered field with an expected kind also passes the fill's
    // full visibility proof (docs/SECURITY.md §3.1.5) when scrolled into view. (Checkboxes and radio
    // buttons are proven through their labels by the fill and left out here.)
    const rendered = new Set(
      result.snapshot.fields.filter((f) => f.visible && f.type !== 'radio' && f.type !== 'checkbox').map((f) => f.name || `#${f.id}`),
    );
    const refused = (await proveInPage(page, { inView: true })).filter(
      (p) => !p.visible && rendered.has(p.name) && expected.fields[p.name],
    );
    expect(refused).toEqual([]);
  });

  it('scores the whole corpus: page kind 100 %, precision ≥ 0.99, recall ≥ 0.95 over attribute kinds', () => {
    const report = tally.report();
    expect(report.pages).toBe(fixtureCorpus().length);
    expect(report.pages).toBeGreaterThanOrEqual(35);
    expect(report.pageKindCorrect).toBe(report.pages);
    const attributes = precisionRecall(report, (kind) => !LOGIN_KINDS.has(kind));
    expect(attributes.precision).toBeGreaterThanOrEqual(0.99);
    expect(attributes.recall).toBeGreaterThanOrEqual(0.95);
  });

  // The recognition corpus (docs/DETECTION-CORPUS.md): every form on every platform's markup, one test per
  // platform, each page with no mistake in kind, subject or group. Corpus pages are whole when their load
  // event has fired (the server renders them; the one platform with custom elements defines them in an
  // inline script during parsing), so the page is read as soon as navigation returns.
  const corpusTally = createCorpusTally();
  const pages = corpusPages();
  it.each(PLATFORMS.map((platform) => [platform.id] as const))(
    'recognises every corpus form on the %s platform',
    async (platform) => {
      for (const { expected } of pages.filter((p) => p.expected.portal === platform)) {
        const page = await open(expected.url);
        expect(await page.evaluate<string>('document.readyState')).toBe('complete');
        expect(corpusTally.add(expected, toClassifyOutput(await classifyInPage(page)))).toEqual([]);
      }
    },
    180_000,
  );

  it('scores the recognition corpus: ≥ 120 pages, ≥ 2,000 fields, page kind 100 %, precision ≥ 0.99, recall ≥ 0.95, subjects ≥ 0.99', () => {
    const report = corpusTally.report();
    expect(report.pages).toBe(PLATFORMS.length * FORMS.length);
    expect(report.pages).toBeGreaterThanOrEqual(120);
    expect(pages.reduce((n, p) => n + Object.keys(p.expected.fields).length, 0)).toBeGreaterThanOrEqual(2000);
    expect(report.pageKindCorrect).toBe(report.pages);
    const attributes = precisionRecall(report, (kind) => !LOGIN_KINDS.has(kind));
    expect(attributes.precision).toBeGreaterThanOrEqual(0.99);
    expect(attributes.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.subjects.right / report.subjects.of).toBeGreaterThanOrEqual(0.99);
  });

  it('is not misled by a form whose controls shadow its own properties (DOM clobbering)', async () => {
    const page = await open('https://formulare.test/clobbered-login');
    await waitForSettled(page);
    const output = toClassifyOutput(await classifyInPage(page));
    expect(output.page).toBe('login');
    expect(output.fields.filter((f) => f.kind).map((f) => [f.name, f.kind, f.fill])).toEqual([
      ['username', 'username', true],
      ['password', 'password', true],
    ]);
  });

  it('fills a Liferay DDM wizard: selects, split dates, visible page only, then the next page', async () => {
    const page = await open('https://service.kreis-herford.de/-/formulare/bewohnerparkausweis');
    const first = await fillInPage(page, ERIKA);
    expect(first.page).toBe('form');
    expect((await page.values('input, select')).slice(1, 7)).toEqual(['Option01', 'Erika', 'Mustermann', '12', '08', '1964']);
    expect([...first.byName].filter(([, v]) => v === 'skipped:hidden').length).toBeGreaterThanOrEqual(6);
    // "Weiter" shows the next page of the same form.
    await page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Weiter')?.click()`);
    await expect
      .poll(async () => (await fillInPage(page, ERIKA)).outcomes.filter((o) => o.outcome === 'filled').map((o) => o.kind), {
        timeout: 20_000,
      })
      .toEqual(expect.arrayContaining(['street', 'houseNumber', 'postalCode', 'city']));
    expect(await value(page, '[name$="$$Strasse$Ss4dDd44$0$$de_DE"]')).toBe('Heidestraße');
    expect(await value(page, '[name$="$$Text87654321$Hn5eEe55$0$$de_DE"]')).toBe('17');
  });

  it('fills one date field as TT.MM.JJJJ, the nationality by Destatis code, and "Name" as the family name', async () => {
    const page = await open('https://mein-digiport.de/formulare/uvg/schritt-1');
    await fillInPage(page, ERIKA);
    expect(await value(page, '[name=f00000066]')).toBe('12.08.1964');
    expect(await value(page, '[name=staatsangehoerigkeit]')).toBe('000');
    expect(await value(page, '[name=name]')).toBe('Mustermann');
    expect(await value(page, '[name=f60000230_h]')).toBe('Gabler');
  });

  it('fills split dates of a2j, `type=date` as ISO, and street plus number into one field', async () => {
    let page = await open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/geburtsdatum');
    await fillInPage(page, ERIKA);
    expect(await page.values('input[name^=geburtsdatum]')).toEqual(['12', '08', '1964']);
    page = await open('https://service.schleswig-holstein.de/Verwaltungsportal/Registrierung/Schritt2.aspx');
    const report = await fillInPage(page, ERIKA);
    expect(await value(page, '#txtGeburtsdatum')).toBe('1964-08-12');
    expect(await value(page, '#txtStrasse')).toBe('Heidestraße 17');
    expect(await value(page, '#ddlAnrede')).toBe('1');
    expect(await value(page, '#txtPw')).toBe('');
    expect(report.byName.get('ctl00$cphInhalt$txtBenutzername')).toBeUndefined();
  });

  it('keeps values in framework-controlled inputs (native setter + input/change events)', async () => {
    const page = await open('https://formulare.test/controlled');
    await fillInPage(page, ERIKA);
    await expect
      .poll(() => page.evaluate('window.__state'), { timeout: 20_000 })
      .toEqual({ vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '12.08.1964', staatsangehoerigkeit: '000' });
    expect(await value(page, '#vorname')).toBe('Erika');
    expect(await value(page, '#staat')).toBe('000');
  });

  it('fills only what the caller asked for, and rejects values that do not fit', async () => {
    let page = await open('https://formulare.test/controlled');
    const only = await fillInPage(page, ERIKA, ['givenNames']);
    expect(only.byName.get('vorname')).toBe('filled');
    expect(only.byName.get('nachname')).toBe('skipped:not-requested');
    expect(await value(page, '#nachname')).toBe('');
    page = await open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz');
    await page.evaluate(`document.querySelector('#plz')?.setAttribute('maxlength', '4')`);
    expect((await fillInPage(page, ERIKA)).byName.get('plz')).toBe('rejected:too-long');
    expect(await value(page, '#plz')).toBe('');
  });

  it('skips read-only "Sperrfelder" and fills only what is writable', async () => {
    const page = await open('https://service.schleswig-holstein.de/Verwaltungsportal/MeinBereich/Profil.aspx');
    const report = await fillInPage(page, ERIKA);
    expect(report.byName.get('ctl00$cphInhalt$txtVorname')).toBe('skipped:read-only');
    expect(report.byName.get('ctl00$cphInhalt$txtEmail')).toBe('filled');
    expect(await value(page, '#txtVorname')).toBe('Erika');
  });
}
