import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ResultValue } from '../support/extension-page.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';

/**
 * What the management scenario needs of an extension page, so the same walk runs in Chromium
 * (Playwright) and Firefox (puppeteer over BiDi): each browser test adapts its page to this.
 */
export interface UiPage {
  click(selector: string): Promise<void>;
  /** Replaces the field's value as typing would. */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses an option of a select by value. */
  select(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  waitFor(selector: string): Promise<void>;
  count(selector: string): Promise<number>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  /** The id of the focused element (empty when none). */
  focusedId(): Promise<string>;
  reload(readySelector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  send(type: string, payload: unknown): Promise<ResultValue>;
}

export interface UiBrowser {
  readonly name: 'chromium' | 'firefox';
  /** An extension page (popup/index.html, options/index.html, confirm/index.html) ready at `readySelector`. */
  open(path: string, readySelector: string, size?: { width: number; height: number }): Promise<UiPage>;
}

export const MANAGE_PASSPHRASE = 'Amtspass Verwaltung 2026 Test';

export async function shot(browser: UiBrowser, page: UiPage, name: string): Promise<void> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  await page.screenshot(join(TEST_OUTPUT, `${browser.name}-manage-${name}.png`));
}

/** Polls a page's text until it contains `expected`. */
export async function expectText(page: UiPage, selector: string, expected: string): Promise<void> {
  await expect.poll(() => page.text(selector).catch(() => ''), { timeout: 10_000 }).toContain(expected);
}

/**
 * The main path of the issue, with the mouse: set-up → add typed attributes → see them → edit →
 * lock/unlock → revoke a consent → export and delete the log → delete all data.
 */
export async function manageScenario(browser: UiBrowser): Promise<void> {
  const popup = await browser.open('popup/index.html', '#setup-passphrase', { width: 380, height: 600 });
  await shot(browser, popup, '1-setup');
  await popup.fill('#setup-passphrase', 'kurz');
  await expectText(popup, '#setup-strength-text', 'zu schwach');
  await popup.fill('#setup-passphrase', MANAGE_PASSPHRASE);
  await expectText(popup, '#setup-strength-text', 'stark');
  await popup.fill('#setup-repeat', 'etwas anderes');
  await popup.click('#setup-submit');
  await expectText(popup, '#setup-error', 'stimmen nicht überein');
  await popup.fill('#setup-repeat', MANAGE_PASSPHRASE);
  await popup.click('#setup-submit');
  await popup.waitFor('#tab-overview');
  await shot(browser, popup, '2-overview');

  // Add typed attributes through the form, then see them grouped with their trust and source.
  await popup.click('#tab-data');
  await popup.waitFor('#add-attribute');
  for (const [id, value] of [
    ['givenNames', 'Erika'],
    ['city', 'Köln'],
    ['email', 'erika@example.org'],
  ] as const) {
    await popup.select('#add-attribute', id);
    await popup.fill('#add-value', value);
    await popup.click('#add-submit');
    await popup.waitFor(`#attribute-list li[data-attribute="${id}"]`);
  }
  const list = await popup.text('#attribute-list');
  for (const text of ['Person', 'Anschrift', 'Kontakt', 'Erika', 'Köln', 'erika@example.org', 'niedrig', 'selbst eingegeben'])
    expect(list).toContain(text);
  // A value that is not valid is refused with a clear error and loses nothing.
  await popup.select('#add-attribute', 'birthDate');
  await popup.fill('#add-value', '31.02.2020');
  await popup.click('#add-submit');
  await expectText(popup, '#attribute-list [role="alert"]', 'nicht gültig');
  expect(await popup.count('#attribute-list li[data-attribute="birthDate"]')).toBe(0);
  expect(await popup.count('#attribute-list li')).toBe(3);

  // Edit a typed value.
  await popup.click('#edit-button-givenNames');
  await popup.fill('#edit-givenNames', 'Erika Maria');
  await popup.click('#save-givenNames');
  await expectText(popup, '#attribute-list li[data-attribute="givenNames"]', 'Erika Maria');
  await shot(browser, popup, '3-data');

  // Lock, then unlock in the popup.
  await popup.click('#lock');
  await popup.waitFor('#passphrase');
  await shot(browser, popup, '4-locked');
  await popup.fill('#passphrase', 'falsche Passphrase!');
  await popup.press('Enter');
  await expectText(popup, '[role="alert"]', 'Passphrase ist falsch');
  await popup.fill('#passphrase', MANAGE_PASSPHRASE);
  await popup.press('Enter');
  await popup.waitFor('#tab-overview');

  // A consent as the confirm window grants it (the only page allowed to), then revoked in the popup.
  const confirm = await browser.open('confirm/index.html', 'body');
  expect(
    await confirm.send('consent.grant', { portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: ['givenNames', 'city'] }),
  ).toMatchObject({ ok: true });
  await popup.click('#tab-consents');
  await popup.waitFor('#consent-list section[data-portal="bundid"]');
  const consents = await popup.text('#consent-list');
  for (const text of ['BundID', 'Vornamen', 'Ort', 'erteilt am']) expect(consents).toContain(text);
  await shot(browser, popup, '5-consents');
  await popup.click('[data-revoke-origin="https://id.bund.de"]');
  await expectText(popup, '#consent-list', 'Noch keine Freigaben');
  expect(await popup.send('consent.list', {})).toEqual({ ok: true, value: { consents: [] } });

  // The disclosure log: the revocation is there (by attribute, never by value); export; delete.
  await popup.click('#tab-log');
  await popup.waitFor('#audit-entries li');
  const log = await popup.text('#audit-log');
  expect(log).toContain('widerrufen');
  expect(log).not.toContain('Erika Maria');
  await popup.select('#audit-kind', 'fill');
  await expectText(popup, '#audit-count', '0 Einträge');
  await popup.select('#audit-kind', '');
  await shot(browser, popup, '6-log');
  await popup.click('#audit-export-csv');
  await expectText(popup, '#audit-status', 'Exportiert: ');
  const exported = await popup.send('audit.export', { format: 'csv' });
  expect((exported.value as { content: string }).content).toMatch(/revoked/);
  await popup.click('#audit-delete-all');
  await popup.click('#audit-delete-all-confirm');
  await expectText(popup, '#audit-status', 'Protokoll wurde gelöscht');
  await expectText(popup, '#audit-count', '0 Einträge');

  // Delete all my data in the options page; the popup then offers the set-up again.
  const options = await browser.open('options/index.html', '#section-delete', { width: 1000, height: 800 });
  await shot(browser, options, '7-options');
  expect(await options.count('#delete-all[disabled]')).toBe(1);
  await options.click('#delete-all-sure');
  await options.click('#delete-all');
  await options.waitFor('#setup-passphrase');
  await popup.reload('#setup-passphrase');
  expect(await popup.send('vault.status', {})).toMatchObject({ ok: true, value: { setUp: false } });

  // The privacy policy is one click away before set-up too, and readable inside the extension.
  expect(await options.text('#privacy-link')).toBe('Datenschutzerklärung');
  const privacy = await browser.open('privacy/index.html', 'h2', { width: 1000, height: 800 });
  expect(await privacy.text('h1')).toBe('Datenschutzerklärung · Privacy policy');
  expect(await privacy.count('h2')).toBe(2);
  expect(await privacy.text('main')).toContain('Was Ihr Gerät verlässt');
  await shot(browser, privacy, '8-privacy');
}

/**
 * Presses Tab (or Shift+Tab) until the element with `id` has focus: proves it is in the tab order.
 * Backward for what lies before the focus: Firefox moves forward past the page into its own toolbar.
 */
async function tabTo(page: UiPage, id: string, direction: 'forward' | 'backward' = 'forward', limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await page.focusedId()) === id) return;
    await page.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  expect(await page.focusedId(), `Tab never reached #${id}`).toBe(id);
}

/** The main path by keyboard alone: set-up, switch tabs with the arrow keys, edit, lock and unlock. */
export async function keyboardWalkthrough(browser: UiBrowser): Promise<void> {
  const popup = await browser.open('popup/index.html', '#setup-passphrase', { width: 380, height: 600 });
  await tabTo(popup, 'setup-passphrase');
  await popup.type(MANAGE_PASSPHRASE);
  await tabTo(popup, 'setup-repeat');
  await popup.type(MANAGE_PASSPHRASE);
  await popup.press('Enter');
  await popup.waitFor('#tab-overview');
  expect(await popup.send('attribute.set', { attributeId: 'familyName', value: 'Mustermann' })).toMatchObject({ ok: true });
  await tabTo(popup, 'tab-overview');
  await popup.press('ArrowRight');
  expect(await popup.focusedId()).toBe('tab-data');
  await popup.waitFor('#edit-button-familyName');
  await tabTo(popup, 'edit-button-familyName');
  await popup.press('Enter');
  await popup.waitFor('#edit-familyName');
  // Focus moves into the field that opened (focus management, after the render), so typing goes there.
  await expect.poll(() => popup.focusedId(), { timeout: 20_000 }).toBe('edit-familyName');
  await popup.press('End');
  await popup.type('-Gabler');
  await popup.press('Enter');
  await expectText(popup, '#attribute-list li[data-attribute="familyName"]', 'Mustermann-Gabler');
  await tabTo(popup, 'lock', 'backward');
  await popup.press('Enter');
  await popup.waitFor('#passphrase');
  await expect.poll(() => popup.focusedId(), { timeout: 20_000 }).toBe('passphrase');
  await popup.type(MANAGE_PASSPHRASE);
  await popup.press('Enter');
  await popup.waitFor('#tab-overview');
  expect(await popup.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toMatchObject({ ok: true });
}
