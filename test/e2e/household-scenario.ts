import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAxe } from '../support/axe.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { expectClosed, type E2eBrowser, type E2eWindow } from './e2e-browser.ts';

const PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';

/** The household of every test here: the citizen, her partner, two children and her mother. */
const ADDRESS = { street: 'Heidestraße', houseNumber: '17', postalCode: '51147', city: 'Köln' };
const SELF = {
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  birthDate: '12.08.1964',
  placeOfBirth: 'Berlin',
  nationality: 'deutsch',
  ...ADDRESS,
  email: 'erika@example.de',
};
const OTHERS = [
  {
    role: 'partner',
    givenNames: 'Max',
    values: {
      familyName: 'Mustermann',
      birthName: 'Mustermann',
      birthDate: '03.02.1962',
      placeOfBirth: 'Hamburg',
      nationality: 'türkisch',
      ...ADDRESS,
    },
  },
  {
    role: 'child',
    givenNames: 'Mia',
    values: {
      familyName: 'Mustermann',
      birthName: 'Mustermann',
      birthDate: '03.05.2021',
      placeOfBirth: 'Köln',
      nationality: 'DE',
      ...ADDRESS,
    },
  },
  {
    role: 'child',
    givenNames: 'Leon',
    values: {
      familyName: 'Mustermann',
      birthName: 'Mustermann',
      birthDate: '21.09.2023',
      placeOfBirth: 'Köln',
      nationality: 'Deutschland',
      ...ADDRESS,
    },
  },
  { role: 'other', givenNames: 'Gisela', values: { familyName: 'Gabler', birthDate: '30.11.1938' } },
] as const;

export interface HouseholdContext {
  readonly browser: E2eBrowser;
  /** Person ids by first name. */
  readonly persons: ReadonlyMap<string, string>;
}

/** A vault holding the household, set up through the extension's own messages (as the popup does). */
export async function setUpHousehold(browser: E2eBrowser): Promise<HouseholdContext> {
  expect(await browser.admin.send('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  for (const [attributeId, value] of Object.entries(SELF))
    expect(await browser.admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
  const persons = new Map<string, string>();
  for (const person of OTHERS) {
    const added = await browser.admin.send('person.add', { role: person.role, givenNames: person.givenNames });
    expect(added).toMatchObject({ ok: true });
    const personId = (added.value as { personId: string }).personId;
    persons.set(person.givenNames, personId);
    for (const [attributeId, value] of Object.entries(person.values))
      expect(await browser.admin.send('attribute.set', { attributeId, value, personId })).toMatchObject({ ok: true });
  }
  return { browser, persons };
}

/** Every field of the page with what it holds and what its fixture says it must hold after the fill. */
const EXPECTATIONS = `[...document.querySelectorAll('[data-expect]')].map((e) => [e.name, e.value, e.dataset.expect])`;

/** Opens the page, asks to fill from the popup and answers the confirm window with `choose`, then compares every field. */
async function fillAndCompare(
  context: HouseholdContext,
  url: string,
  shot: string,
  choose: (confirm: E2eWindow) => Promise<void> = async () => {},
): Promise<E2eWindow> {
  const { browser } = context;
  const tab = await browser.newTab(url);
  const tabId = await browser.tabIdOf(`${new URL(url).origin}/*`);
  const popup = await browser.openPopup(tabId);
  await popup.waitFor('#fill');
  const confirm = await browser.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
  await confirm.waitFor('#approve');
  await choose(confirm);
  // The picture shows the other persons' sections, with the buttons still in view below them.
  await confirm.evaluate(`(document.querySelector('ul.sections') ?? document.body).scrollIntoView(), true`);
  mkdirSync(TEST_OUTPUT, { recursive: true });
  await confirm.screenshot(join(TEST_OUTPUT, `${browser.name}-household-${shot}.png`));
  await confirm.click('#approve');
  await expectClosed(confirm);
  const mismatches = async (): Promise<string[][]> =>
    (await tab.evaluate<string[][]>(EXPECTATIONS)).filter(([, value, expected]) => value !== expected);
  await expect.poll(mismatches, { timeout: 20_000 }).toEqual([]);
  // The page shows what was done, in an element of ours in the top layer that the page cannot look into.
  const feedback = `[...document.body.children].filter((e) => e.tagName.startsWith('AMTSPASS-') && e.matches(':popover-open') && e.shadowRoot === null).length`;
  await expect.poll(() => tab.evaluate<number>(feedback), { timeout: 20_000 }).toBe(1);
  await tab.screenshot(join(TEST_OUTPUT, `${browser.name}-household-${shot}-page.png`));
  await popup.close();
  await tab.close();
  return confirm;
}

/** The newest fill entry of the log. */
async function lastFill(browser: E2eBrowser): Promise<{ attributeIds: string[]; persons?: string[] }> {
  const audit = (await browser.admin.send('audit.list', { kind: 'fill' })).value as {
    entries: { attributeIds: string[]; persons?: string[] }[];
  };
  return audit.entries[0] as { attributeIds: string[]; persons?: string[] };
}

/**
 * A household, not a person: each section of a multi-person form gets the chosen person's values and
 * nothing else, the citizen's never go into another person's section, and the portal's prefill stays.
 */
export function householdScenario(context: () => HouseholdContext): void {
  it('Kita-Anmeldung: the applicant, the second parent and two children, each section from its own person', async () => {
    const { browser } = context();
    await fillAndCompare(context(), 'https://elternbeitraege.test/kita/anmeldung', 'kita', async (confirm) => {
      expect(await confirm.text('#section-partner-1')).toContain('Max');
      expect(await confirm.text('#section-child-1')).toContain('Kind 1');
      expect(await confirm.text('#section-child-1')).toContain('03.05.2021');
      expect(await confirm.text('#section-child-2')).toContain('21.09.2023');
      // The citizen is never offered for another person's section.
      const offered = await confirm.evaluate<string[]>(`[...document.querySelectorAll('ul.sections option')].map((o) => o.textContent)`);
      expect(offered.some((name) => name?.includes('Erika'))).toBe(false);
    });
    // The log names whose data went where, by role and first name, and no other value.
    const entry = await lastFill(browser);
    expect(entry.persons).toEqual(['Partner/in: Max', 'Kind: Mia', 'Kind: Leon']);
    expect(JSON.stringify(entry)).not.toMatch(/Mustermann|2021|Köln/);
  });

  it('Elterngeld with twins: both parents and both children in their sections', async () => {
    await fillAndCompare(context(), 'https://www.freistaat.bayern/elterngeld/antrag', 'elterngeld');
  });

  it('Wohngeld household table: the citizen chooses who fills each row, and a row left to nobody stays empty', async () => {
    const { persons } = context();
    await fillAndCompare(context(), 'https://serviceportal.hamburg.de/wohngeld/antrag', 'wohngeld', async (confirm) => {
      // Rows are counted "Haushaltsmitglied" sections: by default the household member (Gisela) gets the first.
      expect(await confirm.evaluate<string>(`document.getElementById('section-other-1-person').value`)).toBe(persons.get('Gisela'));
      await confirm.select('#section-other-1-person', persons.get('Max') as string);
      await confirm.select('#section-other-2-person', persons.get('Mia') as string);
      await confirm.select('#section-other-3-person', persons.get('Leon') as string);
      await confirm.select('#section-other-4-person', '');
      expect(await confirm.text('#section-other-4')).toContain('bleibt leer');
    });
  });

  it("remembers the citizen's choice per portal and form: the Wohngeld table proposes Max, Mia, Leon and nobody again", async () => {
    const { persons } = context();
    await fillAndCompare(context(), 'https://serviceportal.hamburg.de/wohngeld/antrag', 'wohngeld-again', async (confirm) => {
      const proposed = await confirm.evaluate<string[]>(
        `[1, 2, 3, 4].map((n) => document.getElementById('section-other-' + n + '-person').value)`,
      );
      expect(proposed).toEqual([persons.get('Max'), persons.get('Mia'), persons.get('Leon'), '']);
    });
  });

  it('40 fields of four persons: the window fits 460×640 with its buttons in view, has no axe violations, and fills every section', async () => {
    const { browser } = context();
    await fillAndCompare(context(), 'https://serviceportal.hamburg.de/wohngeld/haushalt', 'vierzig-felder', async (confirm) => {
      const layout = await confirm.evaluate<{
        width: number;
        client: number;
        approveBottom: number;
        cancelBottom: number;
        height: number;
        sections: number;
      }>(`(() => ({
        width: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, height: innerHeight,
        approveBottom: document.getElementById('approve').getBoundingClientRect().bottom, cancelBottom: document.getElementById('cancel').getBoundingClientRect().bottom,
        sections: document.querySelectorAll('ul.sections > li').length,
      }))()`);
      expect(layout.sections).toBe(3);
      // No horizontal scrolling, and both buttons on screen although the list is far longer than the window.
      expect(layout.width).toBeLessThanOrEqual(layout.client);
      expect(layout.approveBottom).toBeLessThanOrEqual(layout.height);
      expect(layout.cancelBottom).toBeLessThanOrEqual(layout.height);
      expect(await runAxe(confirm)).toEqual([]);
    });
    const entry = await lastFill(browser);
    expect(entry.persons).toEqual(['Partner/in: Max', 'Kind: Mia', 'Kind: Leon']);
  });

  it('Wohnsitzanmeldung with three persons: the address once, each person in their section', async () => {
    await fillAndCompare(context(), 'https://konto.service.berlin.de/anmeldung/wohnung', 'wohnsitz');
  });

  it('a form the portal prefilled: its own value stays, shown beside ours, the empty fields are filled', async () => {
    await fillAndCompare(context(), 'https://servicekonto.nrw/antrag/meldebescheinigung', 'prefilled', async (confirm) => {
      expect(await confirm.text('#prefill-familyName')).toContain('Mustermann-Gabler');
      expect(await confirm.evaluate<number>(`document.querySelectorAll('ul.sections').length`)).toBe(0);
    });
  });

  it('bad input: a made-up person id and a section the page never showed get nothing; cancelling fills no one', async () => {
    const { browser } = context();
    expect(
      await browser.admin.send('attribute.set', {
        attributeId: 'givenNames',
        value: 'Eve',
        personId: 'p-00000000-0000-4000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await browser.admin.send('person.add', { role: 'child', givenNames: '' })).toMatchObject({ ok: false });
    const listed = (await browser.admin.send('person.list', {})).value as { persons: unknown[] };
    expect(listed.persons).toHaveLength(OTHERS.length);
    const tab = await browser.newTab('https://elternbeitraege.test/kita/anmeldung');
    const popup = await browser.openPopup(await browser.tabIdOf('https://elternbeitraege.test/*'));
    await popup.waitFor('#fill');
    const confirm = await browser.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitFor('#cancel');
    await confirm.click('#cancel');
    await expectClosed(confirm);
    expect(await tab.evaluate<string[]>(`[...document.querySelectorAll('input')].map((e) => e.value).filter(Boolean)`)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('popup: whose data is shown, a person added with role and first name, given a value, and removed with all their data', async () => {
    const { browser, persons } = context();
    const tab = await browser.newTab('https://elternbeitraege.test/kita/anmeldung');
    const popup = await browser.openPopup(await browser.tabIdOf('https://elternbeitraege.test/*'));
    await popup.waitFor('#tab-data');
    await popup.click('#tab-data');
    await popup.waitFor('#person-select');
    const options = (): Promise<string[]> =>
      popup.evaluate<string[]>(`[...document.querySelectorAll('#person-select option')].map((o) => o.textContent)`);
    await expect
      .poll(options, { timeout: 20_000 })
      .toEqual([
        'mir selbst',
        'Partner/in: Max Mustermann',
        'Kind 1: Mia Mustermann',
        'Kind 2: Leon Mustermann',
        'Haushaltsmitglied 1: Gisela Gabler',
      ]);
    await expect.poll(() => popup.text('#attribute-list'), { timeout: 20_000 }).toContain('Erika');
    await popup.select('#person-select', persons.get('Mia') as string);
    await expect.poll(() => popup.text('#attribute-list'), { timeout: 20_000 }).toContain('03.05.2021');
    expect(await popup.text('#attribute-list')).not.toContain('Erika');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot(join(TEST_OUTPUT, `${browser.name}-household-popup-data.png`));

    await popup.select('#add-person-role', 'other');
    await popup.fill('#add-person-name', 'Hans');
    await popup.click('#add-person-submit');
    await expect.poll(() => popup.text('#attribute-list'), { timeout: 20_000 }).toContain('Hans');
    await popup.select('#add-attribute', 'familyName');
    await popup.fill('#add-value', 'Meier');
    await popup.click('#add-submit');
    await popup.waitFor('#attribute-list li[data-attribute="familyName"]');
    await expect.poll(options, { timeout: 20_000 }).toContain('Haushaltsmitglied 2: Hans Meier');
    await popup.click('#remove-person');
    await popup.click('#remove-person-confirm');
    await expect.poll(options, { timeout: 20_000 }).toHaveLength(5);
    const listed = (await browser.admin.send('person.list', {})).value as { persons: { name: string }[] };
    expect(listed.persons.map((p) => p.name)).not.toContain('Hans Meier');
    // The log tab says whose data went where.
    await popup.click('#tab-log');
    await expect
      .poll(() => popup.text('#audit-entries'), { timeout: 20_000 })
      .toContain('Angaben von: Partner/in: Max, Kind: Mia, Kind: Leon');
    await popup.close();
    await tab.close();
  });
}
