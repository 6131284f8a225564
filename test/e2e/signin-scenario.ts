import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fixtureCorpus } from '../../bench/fixture-corpus.ts';
import type { ResultValue } from '../support/extension-page.ts';
import type { RecordedRequest } from '../support/fixture-server.ts';
import { TEST_OUTPUT } from '../support/project-paths.ts';
import { expectText, type UiPage } from './manage-scenario.ts';

/** A portal page open in a tab of the browser under test. */
export interface PortalTab {
  readonly tabId: number;
  url(): Promise<string>;
  close(): Promise<void>;
  /** Chooses a file in a file input as the citizen would (the extension cannot). */
  chooseFile(selector: string, path: string): Promise<void>;
}

/** What the sign-in walk needs of a browser, so the same walk runs in Chromium and Firefox. */
export interface SignInDriver {
  readonly name: 'chromium' | 'firefox';
  /** A message to the background from an extension page (set-up only). */
  send(type: string, payload: unknown): Promise<ResultValue>;
  open(url: string): Promise<PortalTab>;
  /** The popup for that tab (`popup/index.html?tab=<id>`), ready. */
  popup(tabId: number): Promise<UiPage>;
  screenshot(page: UiPage, name: string): Promise<void>;
  readonly requests: readonly RecordedRequest[];
}

const BUNDID_SSO = 'https://id.bund.de/idp/profile/SAML2/POST/SSO';

/** One stored account per origin; e-mail shaped, since some portals' username field is `type=email`. */
const ACCOUNTS: Readonly<Record<string, string>> = {
  'https://id.bund.de': 'erika.bund@example.de',
  'https://elternbeitraege.test': 'erika.kita@example.de',
  'https://www.buergerserviceportal.nrw': 'erika.krz@example.de',
  'https://service.schleswig-holstein.de': 'erika.sh@example.de',
  'https://id.bayernportal.de': 'erika.bayern',
  'https://www.service-bw.de': 'erika.bw@example.de',
  'https://konto.service.berlin.de': 'erika.berlin@example.de',
  'https://serviceportal.hamburg.de': 'erika.hamburg@example.de',
  'https://www.arbeitsagentur.de': 'erika.ba',
  // Certificate logins: the name says which certificate file; only the password is written.
  'https://www.elster.de': 'Zertifikat erika.pfx',
  'https://mein-unternehmenskonto.de': 'Organisationszertifikat Musterfirma',
};

type Expectation =
  /** The page's own form gets this origin's account and is submitted to its own origin. */
  | { then: 'form' }
  /** A choice in the popup between the own account and the listed identity accounts. */
  | { then: 'choose'; routes: string[] }
  /** The page is left for the next page of the sign-in (a chosen method, a link). */
  | { then: 'follow'; to: string }
  /** A hand-off to BundID: the page's own SAML request is posted there (the fixture then shows BundID's start). */
  | { then: 'handoff' }
  /** No stored account fits, but the page's eID link: the eID sign-in starts in our window. */
  | { then: 'eid' }
  | { then: 'not-found' }
  /** A retired portal: no sign-in button, a note about its successor. */
  | { then: 'retired' }
  /**
   * A certificate-file login: the password is written and the form waits for the file; once the citizen
   * has chosen it, "Anmelden" submits. `organisation`: the popup says whose account it is.
   */
  | { then: 'certificate'; organisation: boolean };

/** Every login page of the fixture portals, with what "Anmelden" does there given ACCOUNTS. */
const LOGIN_PAGES: Readonly<Record<string, Expectation>> = {
  'https://id.bund.de/de/login': { then: 'follow', to: 'https://id.bund.de/de/login/benutzername' },
  'https://id.bund.de/de/login/benutzername': { then: 'form' },
  'https://id.bund.de/de/login/online-ausweis': { then: 'eid' },
  'https://elternbeitraege.test/login': { then: 'form' },
  // Gover's Keycloak brokers BundID, BayernID and Mein Unternehmenskonto: the citizen has accounts at the
  // first two; an organisation's account is never a citizen's way in.
  'https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth': {
    then: 'choose',
    routes: ['Über BundID anmelden', 'Über BayernID anmelden'],
  },
  'https://www.buergerserviceportal.nrw/krz/classic/login': { then: 'form' },
  'https://service.schleswig-holstein.de/Verwaltungsportal/Login.aspx': { then: 'form' },
  'https://service.kreis-herford.de/anmelden': { then: 'handoff' },
  'https://mein-digiport.de/anmelden': { then: 'handoff' },
  // The archive page links only to the retired Servicekonto.NRW: no way on that still works.
  'https://mein-digiport.de/archiv/anmelden': { then: 'not-found' },
  'https://servicekonto.nrw/serviceaccount/login': { then: 'retired' },
  'https://www.elster.de/eportal/login/softpse': { then: 'certificate', organisation: false },
  'https://mein-unternehmenskonto.de/mup/login': { then: 'certificate', organisation: true },
  'https://id.bayernportal.de/de/login': { then: 'form' },
  // BayernPortal has no own login: its button leads to BayernID.
  'https://www.freistaat.bayern/anmelden': { then: 'follow', to: 'https://id.bayernportal.de/de/login' },
  'https://www.service-bw.de/login': { then: 'form' },
  'https://konto.service.berlin.de/skb/Home/Login': { then: 'form' },
  'https://serviceportal.hamburg.de/HamburgGateway/Account/Login': { then: 'choose', routes: ['Über BundID anmelden'] },
  'https://www.arbeitsagentur.de/anmelden': { then: 'choose', routes: ['Über BundID anmelden'] },
};

/** A certificate file of no real certificate: the fixture reads nothing from it. */
function certificateFile(): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = join(TEST_OUTPUT, 'erika-zertifikat.pfx');
  writeFileSync(path, 'kein echtes Zertifikat');
  return path;
}

/** The page's SAML request reached BundID's SSO endpoint and the tab is on BundID; nothing of the vault went along. */
async function expectHandoff(driver: SignInDriver, tab: PortalTab, before: number): Promise<void> {
  const samlPosts = () =>
    driver.requests
      .slice(before)
      .filter((r) => r.method === 'POST' && `https://${r.host}${r.path}` === BUNDID_SSO && r.body.includes('SAMLRequest'));
  await expect.poll(() => samlPosts().length, { timeout: 10_000 }).toBe(1);
  await expect.poll(async () => new URL(await tab.url()).origin, { timeout: 10_000 }).toBe('https://id.bund.de');
  expect(driver.requests.slice(before).filter((r) => r.body.includes('erika') || r.body.includes('Zzyzx'))).toEqual([]);
}

/** A POST to this host that carries the stored password (a certificate login has no username field). */
const postsPassword = (driver: SignInDriver, host: string, password: string) => (): boolean =>
  driver.requests.some((r) => r.method === 'POST' && r.host === host && [...new URLSearchParams(r.body).values()].includes(password));

const postsFrom = (driver: SignInDriver, host: string, username: string) => (): boolean =>
  driver.requests.some(
    (r) =>
      r.method === 'POST' &&
      r.host === host &&
      new URLSearchParams(r.body).has('SAMLRequest') === false &&
      [...new URLSearchParams(r.body).values()].includes(username),
  );

/**
 * "Anmelden" from the popup on every registry portal's login page: own forms are filled with exactly
 * that origin's account and submitted there; a page with an own account and a BundID button asks
 * which; hand-offs are followed to BundID; a page with only an eID link starts the eID sign-in.
 */
export async function signInOnEveryLoginPage(driver: SignInDriver): Promise<void> {
  const corpus = fixtureCorpus()
    .filter((page) => page.page === 'login')
    .map((page) => page.url)
    .sort();
  // A new login fixture must say here what "Anmelden" does on it.
  expect(Object.keys(LOGIN_PAGES).sort()).toEqual(corpus);
  for (const [origin, username] of Object.entries(ACCOUNTS)) {
    expect(await driver.send('credential.save', { origin, username, password: `Zzyzx-${new URL(origin).hostname}` })).toMatchObject({
      ok: true,
    });
  }

  for (const [url, expected] of Object.entries(LOGIN_PAGES)) {
    const tab = await driver.open(url);
    const popup = await driver.popup(tab.tabId);
    await expectText(popup, '#page-state', 'Anmeldeseite');
    const origin = new URL(url).origin;
    const username = ACCOUNTS[origin] ?? '';
    if (expected.then === 'retired') {
      await expectText(popup, '.note', 'BundID');
      expect(await popup.count('#sign-in')).toBe(0);
      await tab.close();
      continue;
    }
    const before = driver.requests.length;
    if (expected.then === 'certificate') {
      const password = `Zzyzx-${new URL(url).hostname}`;
      if (expected.organisation) await expectText(popup, '.note', 'Organisation');
      else expect(await popup.count('.note')).toBe(0);
      await popup.click('#sign-in');
      // The password is in, nothing is sent: the file is the citizen's to choose.
      await expectText(popup, '#page-result', 'Zertifikatsdatei');
      await driver.screenshot(popup, `signin-certificate-${expected.organisation ? 'organisation' : 'elster'}`);
      expect(driver.requests.slice(before).filter((r) => r.method === 'POST')).toEqual([]);
      expect(await tab.url()).toBe(url);
      await tab.chooseFile('input[type=file]', certificateFile());
      await popup.click('#sign-in');
      await expect.poll(postsPassword(driver, new URL(url).host, password), { timeout: 10_000 }).toBe(true);
      await expectText(popup, '#page-result', 'abgeschickt');
      await tab.close();
      continue;
    }
    await popup.click('#sign-in');
    switch (expected.then) {
      case 'form':
        await expect.poll(postsFrom(driver, new URL(url).host, username), { timeout: 10_000 }).toBe(true);
        await expectText(popup, '#page-result', 'abgeschickt');
        break;
      case 'follow':
        await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe(expected.to);
        await expectText(popup, '#page-result', 'Anmeldeweg gewählt');
        // Nothing of the vault travels with a hand-off or a chosen method.
        expect(driver.requests.slice(before).filter((r) => r.body.includes('erika') || r.body.includes('Zzyzx'))).toEqual([]);
        break;
      case 'handoff':
        await expectHandoff(driver, tab, before);
        await expectText(popup, '#page-result', 'Anmeldeweg gewählt');
        break;
      case 'eid':
        await expectText(popup, '#page-result', 'Online-Ausweis gestartet');
        expect(await tab.url()).toBe(url);
        break;
      case 'not-found':
        await expectText(popup, '#page-result', 'Nichts gefunden');
        expect(await tab.url()).toBe(url);
        break;
      case 'choose': {
        await expectText(popup, '#page-result', 'Welches Konto?');
        expect(await popup.text('ul.accounts')).toContain(username);
        for (const route of expected.routes) expect(await popup.text('ul.accounts')).toContain(route);
        expect(await popup.count('ul.accounts button')).toBe(1 + expected.routes.length);
        await driver.screenshot(popup, 'signin-choose-account');
        // The own account: filled and submitted here.
        await popup.click('ul.accounts li:first-child button');
        await expect.poll(postsFrom(driver, new URL(url).host, username), { timeout: 10_000 }).toBe(true);
        break;
      }
    }
    await tab.close();
  }
}

/** On the Keycloak page with an own account and a BundID account, "Über BundID anmelden" goes to BundID. */
export async function signInThroughBundId(driver: SignInDriver): Promise<void> {
  const tab = await driver.open('https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth');
  const popup = await driver.popup(tab.tabId);
  await expectText(popup, '#page-state', 'Anmeldeseite');
  await popup.click('#sign-in');
  await expectText(popup, '#page-result', 'Welches Konto?');
  const before = driver.requests.length;
  await popup.click('ul.accounts button.route');
  // Keycloak's broker start posts its own SAML request to BundID; nothing of the vault goes along.
  await expectHandoff(driver, tab, before);
  expect(
    driver.requests
      .slice(before)
      .filter((r) => r.method === 'POST')
      .map((r) => `${r.host}${r.path}`),
  ).toEqual(['id.bund.de/idp/profile/SAML2/POST/SSO']);
  await tab.close();
}
