import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { expectClosed, expectStays, type E2eBrowser, type E2eTab, type E2eWindow } from './e2e-browser.ts';

export const FILL_FORM = 'https://mein-digiport.de/formulare/uvg/schritt-1';
export const FILL_PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';
const VALUES = {
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  birthDate: '12.08.1964',
  placeOfBirth: 'Berlin',
  nationality: 'DE',
};
const FILLED = ['Erika', 'Mustermann', 'Gabler', '12.08.1964', 'Berlin', '000'];
const EMPTY = ['', '', '', '', '', ''];

/** The form tab of the scenario and what it shows. */
export interface FillContext {
  readonly browser: E2eBrowser;
  readonly form: E2eTab;
  readonly formTab: number;
  readonly formValues: () => Promise<string[]>;
  /** The popup's "Ausfüllen" for the form tab, and the confirm window it opens (ready at `ready`). */
  readonly askToFill: (ready: string) => Promise<{ popup: E2eWindow; confirm: E2eWindow }>;
}

/** A vault with Erika's typed data, and the Paderborn UVG form open in a tab. */
export async function setUpConsentedFill(browser: E2eBrowser): Promise<FillContext> {
  expect(await browser.admin.send('vault.setup', { passphrase: FILL_PASSPHRASE })).toMatchObject({ ok: true });
  for (const [attributeId, value] of Object.entries(VALUES))
    expect(await browser.admin.send('attribute.set', { attributeId, value })).toMatchObject({ ok: true });
  const form = await browser.newTab(FILL_FORM);
  const formTab = await browser.tabIdOf('https://mein-digiport.de/*');
  const formValues = (): Promise<string[]> => form.values('#cit-form input, #cit-form select');
  return {
    browser,
    form,
    formTab,
    formValues,
    async askToFill(ready) {
      const popup = await browser.openPopup(formTab);
      await popup.waitFor('#fill');
      const confirm = await browser.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
      await confirm.waitFor(ready);
      return { popup, confirm };
    },
  };
}

/** Waits until the popup shows the page as recognised (the content script has reported it). */
async function recognised(popup: E2eWindow, state: string): Promise<void> {
  await expect.poll(() => popup.text('#page-state'), { timeout: 20_000 }).toContain(state);
}

/**
 * First disclosure, one-click fill, revocation, cancel, navigation mid-confirm, locked vault, one-click
 * sign-in and its routes, the save offer: the same walk in both browsers.
 */
export function consentedFillScenario(context: () => FillContext): void {
  it('asks in the confirm window the first time, shows portal, origin, values, trust and source, then fills', async () => {
    const { browser, formTab, formValues } = context();
    const popup = await browser.openPopup(formTab);
    await recognised(popup, 'Serviceportal Stadt Paderborn erkannt – Formular');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await popup.screenshot(join(TEST_OUTPUT, `${browser.name}-popup-form-detected.png`));
    const confirm = await browser.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitFor('#approve');
    expect(await confirm.text('#portal-name')).toBe('Serviceportal Stadt Paderborn');
    expect(await confirm.text('#portal-origin')).toBe('https://mein-digiport.de');
    const text = await confirm.text('ul.items');
    for (const value of [
      'Erika',
      'Mustermann',
      'Gabler',
      '12.08.1964',
      'Berlin',
      'deutsch',
      'Vertrauensniveau niedrig',
      'selbst eingegeben',
    ])
      expect(text).toContain(value);
    // The page's own label only as a short quote, marked as the page's words (docs/SECURITY.md §3.1.7).
    expect(text).toContain('so nennt die Seite das Feld: „Vorname:“');
    await confirm.screenshot(join(TEST_OUTPUT, `${browser.name}-confirm-first-fill.png`));
    expect(await formValues()).toEqual(EMPTY);
    // Remembering is opt-in: the box starts unticked, and the citizen ticks it here.
    expect(await confirm.evaluate<boolean>(`document.getElementById('remember').checked`)).toBe(false);
    await confirm.click('#remember');
    await confirm.click('#approve');
    await expectClosed(confirm);
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(FILLED);
    const audit = await browser.admin.send('audit.list', {});
    expect(audit).toMatchObject({
      ok: true,
      value: { entries: [{ portalId: 'paderborn', origin: 'https://mein-digiport.de', kind: 'fill', outcome: 'disclosed' }], intact: true },
    });
    expect(JSON.stringify(audit)).not.toContain('Erika');
    await popup.close();
  });

  it('fills with one click once the portal has consent, without a confirm window', async () => {
    const { browser, form, formTab, formValues } = context();
    await form.reload();
    const popup = await browser.openPopup(formTab);
    await popup.waitFor('#fill');
    await popup.click('#fill');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).toBe('6 Felder ausgefüllt.');
    expect(await formValues()).toEqual(FILLED);
    expect(await browser.extensionPagesOpen('/confirm/index.html')).toBe(0);
    const audit = (await browser.admin.send('audit.list', { kind: 'fill' })).value as { entries: { outcome: string }[] };
    expect(audit.entries.map((e) => e.outcome)).toEqual(['disclosed', 'disclosed']);
    await popup.close();
  });

  it('leaves a value the portal put into a field as it is, says so, and logs only what it wrote', async () => {
    const { browser, form, formTab, formValues } = context();
    await form.reload();
    // The portal fills "Geburtsname" from the account by its own script, as BundID and Servicekonten do.
    await form.evaluate(`(() => { document.querySelector('[name=f60000230_h]').value = 'Portalwert'; return true; })()`);
    const popup = await browser.openPopup(formTab);
    await popup.waitFor('#fill');
    await popup.click('#fill');
    await expect
      .poll(() => popup.text('#page-result'), { timeout: 20_000 })
      .toBe('5 Felder ausgefüllt; 1 vom Portal vorausgefüllt und so gelassen.');
    expect(await formValues()).toEqual(['Erika', 'Mustermann', 'Portalwert', '12.08.1964', 'Berlin', '000']);
    const audit = (await browser.admin.send('audit.list', { kind: 'fill' })).value as { entries: { attributeIds: string[] }[] };
    expect(audit.entries[0]?.attributeIds).not.toContain('birthName');
    expect(audit.entries[0]?.attributeIds).toContain('givenNames');
    // A second click finds the citizen's values already there and the portal's still there: nothing is written.
    await popup.click('#fill');
    await expect
      .poll(() => popup.text('#page-result'), { timeout: 20_000 })
      .toBe('0 Felder ausgefüllt; 5 enthielten Ihre Angabe schon, 1 vom Portal vorausgefüllt und so gelassen.');
    expect(await formValues()).toEqual(['Erika', 'Mustermann', 'Portalwert', '12.08.1964', 'Berlin', '000']);
    await popup.close();
  });

  it('asks again after the consent was revoked, and fills nothing on cancel', async () => {
    const { browser, form, formValues, askToFill } = context();
    expect(await browser.admin.send('consent.revoke', { origin: 'https://mein-digiport.de', attributeId: 'birthName' })).toMatchObject({
      ok: true,
    });
    await form.reload();
    const { popup, confirm } = await askToFill('#cancel');
    await confirm.click('#cancel');
    await expectClosed(confirm);
    await expect
      .poll(async () => ((await browser.admin.send('audit.list', {})).value as { entries: { outcome: string }[] }).entries[0]?.outcome, {
        timeout: 20_000,
      })
      .toBe('cancelled');
    expect(await formValues()).toEqual(EMPTY);
    await popup.close();
  });

  it('shows the portal\'s prefill beside the stored value in the confirm window; it stays unless "ersetzen" is ticked', async () => {
    const { form, formValues, askToFill } = context();
    // birthName has no consent since the test before: the confirm window opens.
    await form.reload();
    await form.evaluate(`(() => { document.querySelector('[name=f60000230_h]').value = 'Portalwert'; return true; })()`);
    let { popup, confirm } = await askToFill('#approve');
    expect(await confirm.text('#prefill-birthName')).toContain('Vom Portal vorausgefüllt: „Portalwert“');
    expect(await confirm.evaluate<number>("document.querySelectorAll('[id^=prefill-]').length")).toBe(1);
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await confirm.screenshot(join(TEST_OUTPUT, `${context().browser.name}-confirm-prefilled.png`));
    await confirm.click('#approve');
    await expectClosed(confirm);
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(['Erika', 'Mustermann', 'Portalwert', '12.08.1964', 'Berlin', '000']);
    await popup.close();
    // Asked again, the citizen chooses to replace it.
    ({ popup, confirm } = await askToFill('#approve'));
    await confirm.click('#replace-birthName');
    await confirm.click('#approve');
    await expectClosed(confirm);
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(FILLED);
    await popup.close();
  });

  it('bad input: a page that navigates away while the confirm window is open gets nothing, and the log says denied', async () => {
    const { browser, form, askToFill } = context();
    expect(await browser.admin.send('consent.revokeOrigin', { origin: 'https://mein-digiport.de' })).toMatchObject({ ok: true });
    await form.goto(FILL_FORM);
    const { popup, confirm } = await askToFill('#approve');
    await form.goto('https://mein-digiport.de/formulare/uvg/schritt-2');
    await confirm.click('#approve');
    await expect.poll(() => confirm.text('#confirm-result'), { timeout: 20_000 }).toContain('Die Seite hat sich inzwischen geändert');
    expect((await form.values('input')).join('')).toBe('');
    const log = (await browser.admin.send('audit.list', { kind: 'fill' })).value as { entries: { outcome: string }[] };
    expect(log.entries[0]?.outcome).toBe('denied');
    await confirm.close();
    await popup.close();
    await form.goto(FILL_FORM);
  });

  it('locked: the confirm window asks for the passphrase, then shows the values and fills on approval', async () => {
    const { browser, form, formValues, askToFill } = context();
    expect(await browser.admin.send('consent.revokeOrigin', { origin: 'https://mein-digiport.de' })).toMatchObject({ ok: true });
    await form.reload();
    expect(await browser.admin.send('vault.lock', {})).toMatchObject({ ok: true });
    const { popup, confirm } = await askToFill('#passphrase');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).toContain('Bestätigungsfenster');
    expect(await confirm.text('body')).not.toContain('Erika');
    // Before the passphrase: which site is asking.
    await expect.poll(() => confirm.text('#portal-origin'), { timeout: 20_000 }).toBe('https://mein-digiport.de');
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await confirm.screenshot(join(TEST_OUTPUT, `${browser.name}-confirm-locked.png`));
    await confirm.fill('#passphrase', FILL_PASSPHRASE);
    await confirm.click('button[type=submit]');
    await confirm.waitFor('#approve');
    expect(await confirm.text('body')).toContain('Erika');
    expect(await formValues()).toEqual(EMPTY);
    await confirm.click('#approve');
    await expectClosed(confirm);
    await expect.poll(formValues, { timeout: 20_000 }).toEqual(FILLED);
    await popup.close();
  });

  it('signs in with one click on a login page with the credential of exactly that origin', async () => {
    const { browser } = context();
    expect(
      await browser.admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' }),
    ).toMatchObject({ ok: true });
    expect(
      await browser.admin.send('credential.save', { origin: 'https://int.id.bund.de', username: 'falsch', password: 'anderer-host' }),
    ).toMatchObject({ ok: true });
    const login = await browser.newTab('https://id.bund.de/de/login/benutzername');
    const popup = await browser.openPopup(await browser.tabIdOf('https://id.bund.de/*'));
    await recognised(popup, 'BundID erkannt – Anmeldeseite');
    await popup.click('#sign-in');
    await login.waitForUrl('https://id.bund.de/de/login');
    const post = browser.world.server.requests.find((r) => r.method === 'POST' && r.path === '/idp/profile/SAML2/POST/SSO');
    expect(post?.body).toContain('username=erika');
    expect(post?.body).toContain('password=Zzyzx-Canary-Passwort');
    expect(post?.host).toBe('id.bund.de');
    const audit = await browser.admin.send('audit.list', { kind: 'sign-in' });
    expect((audit.value as { entries: unknown[] }).entries).toHaveLength(1);
    await popup.close();
    await login.close();
  });

  it('chooses "Benutzername & Passwort" on BundID\'s start page, then signs in on the next click', async () => {
    const { browser } = context();
    const start = await browser.newTab('https://id.bund.de/de/login');
    const tab = await browser.tabIdOf('https://id.bund.de/*');
    const popup = await browser.openPopup(tab);
    await recognised(popup, 'BundID erkannt – Anmeldeseite');
    await popup.click('#sign-in');
    await start.waitForUrl('https://id.bund.de/de/login/benutzername');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).toContain('Anmeldeweg gewählt');
    expect(await start.values('#username')).toEqual(['']);
    await popup.close();
    const next = await browser.openPopup(tab);
    await recognised(next, 'BundID erkannt – Anmeldeseite');
    await next.click('#sign-in');
    await start.waitForUrl('https://id.bund.de/de/login');
    await next.close();
    await start.close();
  });

  it('follows the BundID button of a Keycloak login page when the citizen has only a BundID account, never to another origin', async () => {
    const { browser } = context();
    const { world } = browser;
    expect(
      await browser.admin.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-Passwort' }),
    ).toMatchObject({ ok: true });
    const page = await browser.newTab('https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
    const popup = await browser.openPopup(await browser.tabIdOf('https://elternbeitraege.test/*'));
    await recognised(popup, 'Anmeldeseite');
    // A BundID button that leads to another origin is never followed: the popup says so.
    await page.evaluate(
      `document.querySelector('#social-bundid')?.setAttribute('href', 'https://id.bund.de.evil.test/realms/kita/broker/bundid/login')`,
    );
    await popup.click('#sign-in');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).not.toBe('');
    await expectStays(() => page.url(), 'https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
    expect(world.server.requests.some((r) => r.host === 'id.bund.de.evil.test')).toBe(false);
    await page.evaluate(
      `document.querySelector('#social-bundid')?.setAttribute('href', '/realms/kita/broker/bundid/login?client_id=elternbeitraege')`,
    );
    await popup.click('#sign-in');
    await page.waitForUrl('https://elternbeitraege.test/realms/kita/broker/bundid/login?client_id=elternbeitraege');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).toContain('Anmeldeweg gewählt');
    // Nothing of the BundID account went to the Keycloak page.
    expect(world.server.requests.some((r) => r.host === 'elternbeitraege.test' && r.method === 'POST')).toBe(false);
    await popup.close();
    await page.close();
  });

  it('offers to save a sign-in made by hand, and saves only on "Speichern"', async () => {
    const { browser } = context();
    const login = await browser.newTab('https://www.buergerserviceportal.nrw/krz/classic/login');
    await login.type('#bsp-user', 'erika.krz');
    await login.type('#bsp-pass', 'Zzyzx-Canary-Handeingabe');
    const tab = await browser.tabIdOf('https://www.buergerserviceportal.nrw/*');
    await login.click('button[type=submit]');
    const popup = await browser.openPopup(tab);
    await expect.poll(() => popup.text('#offer-text'), { timeout: 20_000 }).toContain('erika.krz');
    expect(JSON.stringify(await browser.admin.send('credential.list', {}))).not.toContain('erika.krz');
    await popup.click('#offer-save');
    await expect.poll(() => popup.text('#page-result'), { timeout: 20_000 }).toBe('Zugangsdaten gespeichert.');
    const listed = await browser.admin.send('credential.list', {});
    expect((listed.value as { credentials: { origin: string; username: string }[] }).credentials).toContainEqual(
      expect.objectContaining({ origin: 'https://www.buergerserviceportal.nrw', username: 'erika.krz' }),
    );
    expect(JSON.stringify(listed)).not.toContain('Zzyzx-Canary-Handeingabe');
    await popup.close();
    await login.close();
  });
}
