import { describe, expect, it } from 'vitest';
import { createSignInService } from '../../../../../extension/background/fill/sign-in-service.ts';
import { createPortalRegistry } from '../../../../../extension/background/registry/portal-registry.ts';
import { ok } from '../../../../../shared/protocol/result.ts';
import type { SignInRoute } from '../../../../../shared/protocol/tab-protocol.ts';
import { fakeTab } from '../../../../support/fake-tab.ts';
import { createTestVault } from '../../../../support/test-vault.ts';

const KEYCLOAK = 'https://elternbeitraege.test/realms/kita/protocol/openid-connect/auth';
const BROKER = 'https://elternbeitraege.test/realms/kita/broker/bundid/login';
const SAML = 'https://id.bund.de/idp/profile/SAML2/POST/SSO';
const EID = 'http://127.0.0.1:24727/eID-Client?tcTokenURL=https%3A%2F%2Fwww.buergerserviceportal.nrw%2Feid';
const LOGIN_FIELDS = [
  { index: 0, kind: 'username', label: 'Benutzername', visible: true, prefill: null, subject: 'self', group: 1 },
  { index: 1, kind: 'password', label: 'Passwort', visible: true, prefill: null, subject: 'self', group: 1 },
];

/** The sign-in decisions against a fake tab that answers like the content script of one page. */
async function setup(
  url: string,
  page: { fields?: typeof LOGIN_FIELDS; routes?: Omit<SignInRoute, 'id'>[]; eidHandled?: boolean; waitingForFile?: boolean },
) {
  const vault = await createTestVault();
  const keys = await vault.keys();
  const eidStarts: string[] = [];
  const routes = (page.routes ?? []).map((r, id) => ({ id, ...r }));
  const { tabs, sent } = fakeTab(url, (m) =>
    m.type === 'fill.preview'
      ? { page: 'login', targets: [url], fields: page.fields ?? [], routes }
      : m.type === 'signin.follow'
        ? { followed: routes[m.payload.id as number]?.target === m.payload.target }
        : m.type === 'fill.apply' && page.waitingForFile
          ? {
              outcomes: (m.payload.kinds as string[]).map((kind, index) => ({ index, kind, outcome: 'filled' })),
              submitted: false,
              waitingFor: 'file',
            }
          : undefined,
  );
  const service = createSignInService({
    registry: createPortalRegistry(),
    stores: vault.stores,
    tabs,
    now: () => vault.clock.now,
    startEid: async (_sender, activation) => {
      eidStarts.push(activation);
      return ok({ handled: page.eidHandled ?? true });
    },
  });
  const save = (origin: string, username: string) => vault.stores.credentials.save(keys, { origin, username, password: `pw-${username}` });
  const followed = () => sent.filter((m) => m.type === 'signin.follow').map((m) => m.payload.target);
  return { keys, service, sent, save, followed, eidStarts };
}

describe('sign-in decisions', () => {
  it('signs in with the one account of exactly this origin, and writes the username and password only', async () => {
    const t = await setup(KEYCLOAK, { fields: LOGIN_FIELDS });
    await t.save('https://elternbeitraege.test', 'erika');
    await t.save('https://int.id.bund.de', 'other-host');
    expect(await t.service.request(t.keys, 1)).toEqual({ ok: true, value: { status: 'submitted' } });
    const apply = t.sent.find((m) => m.type === 'fill.apply');
    expect(apply?.payload).toMatchObject({
      credential: { username: 'erika', password: 'pw-erika' },
      kinds: ['username', 'password'],
      submit: true,
    });
  });

  it('lets the citizen choose between an own account and BundID when the Keycloak page offers both', async () => {
    const t = await setup(KEYCLOAK, { fields: LOGIN_FIELDS, routes: [{ kind: 'broker', name: 'bundid bundid', target: BROKER }] });
    await t.save('https://elternbeitraege.test', 'erika.kita');
    await t.save('https://id.bund.de', 'erika');
    const asked = await t.service.request(t.keys, 1);
    expect(asked).toMatchObject({
      ok: true,
      value: {
        status: 'choose-account',
        accounts: [{ username: 'erika.kita' }],
        routes: [{ id: 0, target: BROKER, portalName: 'BundID' }],
      },
    });
    expect(t.sent.some((m) => m.type === 'fill.apply' || m.type === 'signin.follow')).toBe(false);
    expect(await t.service.request(t.keys, 1, { route: { id: 0, target: BROKER } })).toEqual({
      ok: true,
      value: { status: 'method-chosen' },
    });
    expect(t.followed()).toEqual([BROKER]);
    // A route the page no longer has at that place is not followed.
    expect(
      await t.service.request(t.keys, 1, { route: { id: 0, target: 'https://elternbeitraege.test/realms/kita/broker/evil/login' } }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const own = asked.ok && asked.value.status === 'choose-account' ? asked.value.accounts[0]?.id : undefined;
    expect(await t.service.request(t.keys, 1, { credentialId: own as string })).toEqual({ ok: true, value: { status: 'submitted' } });
  });

  it('follows the broker button straight away when BundID is the only account, and names it by text or alias', async () => {
    for (const name of ['bundid bundid', 'mit bund id anmelden bund', 'nutzerkonto bund nkb', 'login bundid']) {
      const t = await setup(KEYCLOAK, { fields: LOGIN_FIELDS, routes: [{ kind: 'broker', name, target: BROKER }] });
      await t.save('https://id.bund.de', 'erika');
      expect(await t.service.request(t.keys, 1)).toEqual({ ok: true, value: { status: 'method-chosen' } });
    }
    for (const name of ['bayernid bayernid', 'mein unternehmenskonto muk', 'bundidx', 'elster']) {
      const t = await setup(KEYCLOAK, { fields: LOGIN_FIELDS, routes: [{ kind: 'broker', name, target: BROKER }] });
      await t.save('https://id.bund.de', 'erika');
      expect(await t.service.request(t.keys, 1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(t.followed()).toEqual([]);
    }
  });

  it('knows the Servicekonto Schleswig-Holstein as a second identity account and asks when both have accounts', async () => {
    const routes = [
      { kind: 'broker' as const, name: 'bundid bundid', target: BROKER },
      { kind: 'broker' as const, name: 'servicekonto schleswig holstein sh', target: `${BROKER}-sh` },
    ];
    const t = await setup(KEYCLOAK, { fields: LOGIN_FIELDS, routes });
    await t.save('https://id.bund.de', 'erika');
    await t.save('https://service.schleswig-holstein.de', 'erika.sh');
    expect(await t.service.request(t.keys, 1)).toMatchObject({
      ok: true,
      value: {
        status: 'choose-account',
        accounts: [],
        routes: [{ portalName: 'BundID' }, { portalName: 'Servicekonto Schleswig-Holstein' }],
      },
    });
  });

  it('follows a hand-off to a connected identity account, and never one to another site or a retired account', async () => {
    const paderborn = await setup('https://mein-digiport.de/anmelden', {
      routes: [{ kind: 'handoff', name: 'bundid zur anmeldung', target: SAML }],
    });
    expect(await paderborn.service.request(paderborn.keys, 1)).toEqual({ ok: true, value: { status: 'method-chosen' } });
    expect(paderborn.followed()).toEqual([SAML]);
    for (const target of [
      'https://id.bund.de.evil.test/idp/profile/SAML2/POST/SSO',
      'http://id.bund.de/idp/profile/SAML2/POST/SSO',
      'https://servicekonto.nrw/serviceaccount/login',
      'https://service.kreis-herford.de/anmelden',
    ]) {
      const t = await setup('https://mein-digiport.de/anmelden', { routes: [{ kind: 'handoff', name: 'zur anmeldung', target }] });
      expect(await t.service.request(t.keys, 1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(t.followed()).toEqual([]);
    }
  });

  it('chooses "Benutzername & Passwort" on BundID\'s start page only when a BundID account is stored', async () => {
    const route = { kind: 'password-method' as const, name: 'benutzername passwort', target: 'https://id.bund.de/de/login/benutzername' };
    const none = await setup('https://id.bund.de/de/login', { routes: [route] });
    expect(await none.service.request(none.keys, 1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const t = await setup('https://id.bund.de/de/login', { routes: [route] });
    await t.save('https://id.bund.de', 'erika');
    expect(await t.service.request(t.keys, 1)).toEqual({ ok: true, value: { status: 'method-chosen' } });
  });

  it("starts the eID sign-in from the page's own eID link when no account is stored, and follows the link without a helper", async () => {
    const t = await setup('https://www.buergerserviceportal.nrw/krz/classic/login', {
      fields: LOGIN_FIELDS,
      routes: [{ kind: 'eid', name: 'mit online ausweis anmelden', target: EID }],
    });
    expect(await t.service.request(t.keys, 1)).toEqual({ ok: true, value: { status: 'eid-started' } });
    expect(t.eidStarts).toEqual([EID]);
    expect(t.followed()).toEqual([]);
    const bare = await setup('https://www.buergerserviceportal.nrw/krz/classic/login', {
      fields: LOGIN_FIELDS,
      eidHandled: false,
      routes: [{ kind: 'eid', name: 'mit online ausweis anmelden', target: EID }],
    });
    expect(await bare.service.request(bare.keys, 1)).toEqual({ ok: true, value: { status: 'method-chosen' } });
    expect(bare.followed()).toEqual([EID]);
    // A stored account comes first; the eID link is not offered as a route to pick by id either.
    const own = await setup('https://www.buergerserviceportal.nrw/krz/classic/login', {
      fields: LOGIN_FIELDS,
      routes: [{ kind: 'eid', name: 'mit online ausweis anmelden', target: EID }],
    });
    await own.save('https://www.buergerserviceportal.nrw', 'erika.krz');
    expect(await own.service.request(own.keys, 1)).toEqual({ ok: true, value: { status: 'submitted' } });
    expect(await own.service.request(own.keys, 1, { route: { id: 0, target: EID } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(own.eidStarts).toEqual([]);
  });

  it('writes only the password of a certificate-file login and leaves the file and the submission to the citizen', async () => {
    const t = await setup('https://www.elster.de/eportal/login/softpse', {
      fields: [{ index: 0, kind: 'password', label: 'Passwort', visible: true, prefill: null, subject: 'self', group: 1 }],
      waitingForFile: true,
    });
    await t.save('https://www.elster.de', 'Zertifikat erika.pfx');
    expect(await t.service.request(t.keys, 1)).toEqual({ ok: true, value: { status: 'choose-file' } });
    expect(t.sent.find((m) => m.type === 'fill.apply')?.payload).toMatchObject({ kinds: ['password'], submit: true });
  });

  it("signs an organisation in only with its own stored account: no ID card, no citizen's identity account", async () => {
    const routes = [
      { kind: 'eid' as const, name: 'online ausweis', target: EID },
      { kind: 'handoff' as const, name: 'mit bundid anmelden', target: SAML },
    ];
    const password = [{ index: 0, kind: 'password', label: 'Passwort', visible: true, prefill: null, subject: 'self', group: 1 }];
    const bare = await setup('https://mein-unternehmenskonto.de/mup/login', { fields: password, routes });
    await bare.save('https://id.bund.de', 'erika');
    expect(await bare.service.request(bare.keys, 1)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(bare.eidStarts).toEqual([]);
    expect(bare.followed()).toEqual([]);
    const own = await setup('https://mein-unternehmenskonto.de/mup/login', { fields: password, routes });
    await own.save('https://id.bund.de', 'erika');
    await own.save('https://mein-unternehmenskonto.de', 'Organisationszertifikat');
    expect(await own.service.request(own.keys, 1)).toEqual({ ok: true, value: { status: 'submitted' } });
  });

  it('refuses a page that is not a connected portal over https', async () => {
    const t = await setup('http://id.bund.de/de/login/benutzername', { fields: LOGIN_FIELDS });
    await t.save('https://id.bund.de', 'erika');
    expect(await t.service.request(t.keys, 1)).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
    expect(t.sent).toEqual([]);
  });
});
