import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyInPage, fillInPage, waitForSettled } from '../../bench/classify-in-page.ts';
import { toClassifyOutput } from '../../bench/classify-output.ts';
import { createCorpusTally, LOGIN_KINDS, precisionRecall } from '../../bench/evaluate-corpus.ts';
import { fixtureCorpus } from '../../bench/fixture-corpus.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchPlainChromium } from '../support/launch-chromium.ts';
import { ERIKA } from './erika.ts';

describe('recognition and filling in Chromium (built engine, fixture portals at their real origins)', () => {
  let world: FixtureWorld;
  let browser: Browser;
  let page: Page;
  const open = async (url: string): Promise<Page> => {
    await page?.close();
    page = await browser.newPage();
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await launchPlainChromium(world);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  // One test per page, each with its own time limit, so a slow machine never fails the corpus as a whole.
  const tally = createCorpusTally();
  it.each(fixtureCorpus().map((expected) => [expected.url, expected] as const))('classifies %s as expected', async (_url, expected) => {
    await open(expected.url);
    await waitForSettled(page);
    expect(tally.add(expected, toClassifyOutput(await classifyInPage(page)))).toEqual([]);
  });

  it('scores the whole corpus: page kind 100 %, precision ≥ 0.99, recall ≥ 0.95 over attribute kinds', () => {
    const report = tally.report();
    expect(report.pages).toBe(fixtureCorpus().length);
    expect(report.pageKindCorrect).toBe(report.pages);
    const attributes = precisionRecall(report, (kind) => !LOGIN_KINDS.has(kind));
    expect(attributes.precision).toBeGreaterThanOrEqual(0.99);
    expect(attributes.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.pages).toBeGreaterThanOrEqual(35);
  });

  it('fills a Liferay DDM wizard: selects, split dates, visible page only, then the next page', async () => {
    await open('https://service.kreis-herford.de/-/formulare/bewohnerparkausweis');
    const first = await fillInPage(page, ERIKA);
    expect(first.page).toBe('form');
    const values = await page.$$eval('input, select', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values.slice(1, 7)).toEqual(['Option01', 'Erika', 'Mustermann', '12', '08', '1964']);
    expect([...first.byName].filter(([, v]) => v === 'skipped:hidden').length).toBeGreaterThanOrEqual(6);
    await page.getByRole('button', { name: 'Weiter' }).first().click();
    const second = await fillInPage(page, ERIKA);
    expect(second.outcomes.filter((o) => o.outcome === 'filled').map((o) => o.kind)).toEqual(expect.arrayContaining(['street', 'houseNumber', 'postalCode', 'city']));
    expect(await page.locator('[name$="$$Strasse$Ss4dDd44$0$$de_DE"]').inputValue()).toBe('Heidestraße');
    expect(await page.locator('[name$="$$Text87654321$Hn5eEe55$0$$de_DE"]').inputValue()).toBe('17');
  });

  it('fills one date field as TT.MM.JJJJ, the nationality by Destatis code, and "Name" as the family name', async () => {
    await open('https://mein-digiport.de/formulare/uvg/schritt-1');
    await fillInPage(page, ERIKA);
    expect(await page.locator('[name=f00000066]').inputValue()).toBe('12.08.1964');
    expect(await page.locator('[name=staatsangehoerigkeit]').inputValue()).toBe('000');
    expect(await page.locator('[name=name]').inputValue()).toBe('Mustermann');
    expect(await page.locator('[name=f60000230_h]').inputValue()).toBe('Gabler');
  });

  it('fills split dates of a2j, `type=date` as ISO, and street plus number into one field', async () => {
    await open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/geburtsdatum');
    await fillInPage(page, ERIKA);
    expect(await page.$$eval('input[name^=geburtsdatum]', (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['12', '08', '1964']);
    await open('https://service.schleswig-holstein.de/Verwaltungsportal/Registrierung/Schritt2.aspx');
    const report = await fillInPage(page, ERIKA);
    expect(await page.locator('#txtGeburtsdatum').inputValue()).toBe('1964-08-12');
    expect(await page.locator('#txtStrasse').inputValue()).toBe('Heidestraße 17');
    expect(await page.locator('#ddlAnrede').inputValue()).toBe('1');
    expect(await page.locator('#txtPw').inputValue()).toBe('');
    expect(report.byName.get('ctl00$cphInhalt$txtBenutzername')).toBeUndefined();
  });

  it('keeps values in framework-controlled inputs (native setter + input/change events)', async () => {
    await open('https://formulare.test/controlled');
    await fillInPage(page, ERIKA);
    await expect.poll(() => page.evaluate('window.__state'), { timeout: 20_000 }).toEqual({ vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '12.08.1964', staatsangehoerigkeit: '000' });
    expect(await page.locator('#vorname').inputValue()).toBe('Erika');
    expect(await page.locator('#staat').inputValue()).toBe('000');
  });

  it('fills only what the caller asked for, and rejects values that do not fit', async () => {
    await open('https://formulare.test/controlled');
    const only = await fillInPage(page, ERIKA, ['givenNames']);
    expect(only.byName.get('vorname')).toBe('filled');
    expect(only.byName.get('nachname')).toBe('skipped:not-requested');
    expect(await page.locator('#nachname').inputValue()).toBe('');
    await open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/plz');
    await page.evaluate(() => document.querySelector('#plz')?.setAttribute('maxlength', '4'));
    expect((await fillInPage(page, ERIKA)).byName.get('plz')).toBe('rejected:too-long');
    expect(await page.locator('#plz').inputValue()).toBe('');
  });

  it('skips read-only "Sperrfelder" and fills only what is writable', async () => {
    await open('https://service.schleswig-holstein.de/Verwaltungsportal/MeinBereich/Profil.aspx');
    const report = await fillInPage(page, ERIKA);
    expect(report.byName.get('ctl00$cphInhalt$txtVorname')).toBe('skipped:read-only');
    expect(report.byName.get('ctl00$cphInhalt$txtEmail')).toBe('filled');
    expect(await page.locator('#txtVorname').inputValue()).toBe('Erika');
  });
});
