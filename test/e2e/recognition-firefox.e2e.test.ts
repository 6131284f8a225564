import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyInPage, fillInPage, waitForSettled } from '../../bench/classify-in-page.ts';
import { toClassifyOutput } from '../../bench/classify-output.ts';
import { fixtureCorpus } from '../../bench/fixture-corpus.ts';
import { createCorpusTally } from '../../bench/evaluate-corpus.ts';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { launchFirefox, type FirefoxSession } from '../support/launch-firefox.ts';
import { ERIKA } from './erika.ts';

describe('recognition and filling in Firefox ESR (built engine, fixture portals at their real origins)', () => {
  let world: FixtureWorld;
  let firefox: FirefoxSession;
  let page: Page;
  const open = async (url: string): Promise<Page> => {
    await page?.close();
    page = await firefox.newPage();
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    world = await startFixtureWorld();
    // The engine is injected by the test; without the extension no hint of ours sits in the page.
    firefox = await launchFirefox({ world, extension: false });
  });
  afterAll(async () => {
    await firefox?.close();
    await world?.close();
  });

  // One test per page, each with its own time limit, so a slow machine never fails the corpus as a whole.
  const tally = createCorpusTally();
  it.each(fixtureCorpus().map((expected) => [expected.url, expected] as const))('gives %s its expected page kind and field kinds', async (_url, expected) => {
    await open(expected.url);
    await waitForSettled(page);
    expect(tally.add(expected, toClassifyOutput(await classifyInPage(page)))).toEqual([]);
  });

  it('scored every page of the corpus', () => {
    expect(tally.report().pages).toBe(fixtureCorpus().length);
  });

  it('fills dates, codes and controlled inputs the same way as in Chromium', async () => {
    await open('https://mein-digiport.de/formulare/uvg/schritt-1');
    await fillInPage(page, ERIKA);
    expect(await page.$eval('[name=f00000066]', (e) => (e as HTMLInputElement).value)).toBe('12.08.1964');
    expect(await page.$eval('[name=staatsangehoerigkeit]', (e) => (e as HTMLSelectElement).value)).toBe('000');
    await open('https://service.justiz.de/beratungshilfe/antrag/persoenliche-daten/geburtsdatum');
    await fillInPage(page, ERIKA);
    expect(await page.$$eval('input[name^=geburtsdatum]', (els) => els.map((e) => (e).value))).toEqual(['12', '08', '1964']);
    await open('https://formulare.test/controlled');
    await fillInPage(page, ERIKA);
    await expect.poll(() => page.evaluate('window.__state'), { timeout: 20_000 }).toEqual({ vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '12.08.1964', staatsangehoerigkeit: '000' });
  });
});
