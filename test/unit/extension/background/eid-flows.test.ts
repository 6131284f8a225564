import { describe, expect, it } from 'vitest';
import { createEidFlows, tcTokenUrlOf } from '../../../../extension/background/eid/eid-flows.ts';
import type { HelperClient } from '../../../../extension/background/helper-link/helper-client.ts';
import { createPortalRegistry } from '../../../../extension/background/registry/portal-registry.ts';
import type { EidStep } from '../../../../shared/protocol/eid-messages.ts';
import { fail, ok, type Result } from '../../../../shared/protocol/result.ts';
import { createTestVault, type TestVault } from '../../../support/test-vault.ts';

const ACTIVATION = 'http://127.0.0.1:24727/eID-Client?tcTokenURL=https%3A%2F%2Fid.bund.de%2Feid%2FtcToken';
const CONSENT: EidStep = {
  state: 'consent',
  certificate: {
    issuerName: 'DVCA',
    issuerUrl: 'https://id.bund.de/',
    subjectName: 'BundID',
    subjectUrl: 'https://id.bund.de',
    purpose: 'Anmeldung',
    termsOfUsage: '',
    effectiveDate: '2026-11-01',
    expirationDate: '2027-12-31',
  },
  required: ['FamilyName', 'GivenNames'],
  optional: ['Address'],
  effective: ['FamilyName', 'GivenNames', 'Address'],
  requiredAge: null,
  transactionInfo: null,
};

/** A helper that answers from a script: ping, start, and each act in turn. */
function scriptedHelper(script: { ping?: boolean; start?: Result<{ flowId: string; step: EidStep }>; acts?: EidStep[] }) {
  const calls: { type: string; payload: unknown }[] = [];
  const acts = [...(script.acts ?? [])];
  const helper = {
    request: async (type: string, payload: unknown) => {
      calls.push({ type, payload });
      if (type === 'helper.ping') return script.ping === false ? fail('HELPER_NOT_INSTALLED', 'x') : ok({});
      if (type === 'eid.start') return script.start ?? ok({ flowId: 'f'.repeat(24), step: CONSENT });
      if (type === 'eid.act') return ok(acts.shift() ?? { state: 'working', progress: null });
      return fail('INTERNAL', 'unexpected');
    },
  } as unknown as HelperClient;
  return { helper, calls };
}

async function setUp(
  script: Parameters<typeof scriptedHelper>[0],
  tabUrl: string | null = 'https://id.bund.de/de/login/online-ausweis',
  provider = 'https://selbstauskunft.test/tcToken',
) {
  const vault: TestVault = await createTestVault();
  const { helper, calls } = scriptedHelper(script);
  const navigated: string[] = [];
  const windows: string[] = [];
  const flows = createEidFlows({
    helper,
    registry: createPortalRegistry(),
    stores: vault.stores,
    now: () => vault.clock.now,
    tabs: { url: async () => tabUrl, navigate: async (_tab, url) => void navigated.push(url) },
    openWindow: async (ref) => void windows.push(ref),
    walletProvider: async () => provider,
  });
  return { vault, flows, calls, navigated, windows };
}

describe('eID activation and sign-in in the background', () => {
  it('reads the tcTokenURL of an activation, keys case-insensitive; other URLs give none', () => {
    expect(tcTokenUrlOf(ACTIVATION)).toBe('https://id.bund.de/eid/tcToken');
    expect(tcTokenUrlOf('http://localhost:24727/eID-Client?TCTOKENURL=https%3A%2F%2Fa.test%2Ft')).toBe('https://a.test/t');
    expect(tcTokenUrlOf('https://evil.test/eID-Client?tcTokenURL=x')).toBeNull();
  });

  it('hands the click back when the helper is absent, so AusweisApp gets the activation', async () => {
    const { flows, windows } = await setUp({ ping: false });
    expect(await flows.activate({ tabId: 1, origin: 'https://id.bund.de' }, ACTIVATION)).toEqual({ ok: true, value: { handled: false } });
    expect(windows).toEqual([]);
  });

  it('refuses a tcTokenURL that is not https or not the portal’s in the window, starting nothing', async () => {
    const { flows, windows, calls } = await setUp({});
    for (const token of ['http%3A%2F%2Fid.bund.de%2Feid%2FtcToken', 'https%3A%2F%2Fevil.test%2FtcToken']) {
      expect(
        await flows.activate({ tabId: 1, origin: 'https://id.bund.de' }, `http://127.0.0.1:24727/eID-Client?tcTokenURL=${token}`),
      ).toEqual({ ok: true, value: { handled: true } });
      const view = await flows.view(windows.at(-1) as string, null);
      expect(view).toMatchObject({ ok: true, value: { problem: 'EID_NOT_ALLOWED', step: null } });
    }
    expect(calls.map((c) => c.type)).not.toContain('eid.start');
  });

  it('sends the tab to an allowed refresh URL and audits the rights read', async () => {
    const refresh = 'https://id.bund.de/eid/refresh?sid=1&ResultMajor=ok';
    const { flows, windows, navigated, vault, calls } = await setUp({
      acts: [{ state: 'done', ok: true, refreshUrl: refresh, selfInfo: null }],
    });
    await flows.activate({ tabId: 1, origin: 'https://id.bund.de' }, ACTIVATION);
    const ref = windows[0] as string;
    expect(await flows.view(ref, await vault.keys())).toMatchObject({
      ok: true,
      value: { step: { state: 'consent' }, purpose: 'signin', portalName: 'BundID' },
    });
    expect(calls.find((c) => c.type === 'eid.start')?.payload).toEqual({
      tcTokenURL: 'https://id.bund.de/eid/tcToken',
      allowedOrigins: ['https://id.bund.de', 'https://int.id.bund.de'],
      purpose: 'signin',
    });
    const done = await flows.act(ref, { type: 'enter', kind: 'pin' }, await vault.keys());
    expect(done).toMatchObject({ ok: true, value: { completed: true, step: { state: 'done', ok: true, refreshUrl: '' } } });
    expect(navigated).toEqual([refresh]);
    const audit = await vault.stores.audit.list(await vault.keys(), {});
    expect(audit.entries.at(-1)).toMatchObject({
      kind: 'eid',
      outcome: 'disclosed',
      portalId: 'bundid',
      attributeIds: expect.arrayContaining(['familyName', 'givenNames', 'street']) as unknown,
    });
  });

  it.each([
    ['a refresh URL on another origin', 'https://evil.test/refresh', 'https://id.bund.de/de/login'],
    ['a tab that has left the portal', 'https://id.bund.de/eid/refresh?sid=1', 'https://evil.test/'],
  ])('navigates nothing for %s', async (_what, refresh, tabUrl) => {
    const { flows, windows, navigated, vault } = await setUp(
      { acts: [{ state: 'done', ok: true, refreshUrl: refresh, selfInfo: null }] },
      tabUrl,
    );
    await flows.activate({ tabId: 1, origin: 'https://id.bund.de' }, ACTIVATION);
    await flows.view(windows[0] as string, null);
    const done = await flows.act(windows[0] as string, { type: 'enter', kind: 'pin' }, await vault.keys());
    expect(done).toMatchObject({
      ok: true,
      value: { completed: false, step: { state: 'done', ok: false, failure: 'REFRESH_NOT_ALLOWED' } },
    });
    expect(navigated).toEqual([]);
  });
});

describe('one flow at a time', () => {
  it('cancels a flow whose window was left behind when the citizen starts a new one', async () => {
    const { flows, windows, calls, vault } = await setUp({});
    await flows.activate({ tabId: 1, origin: 'https://id.bund.de' }, ACTIVATION);
    expect(await flows.view(windows[0] as string, null)).toMatchObject({ ok: true, value: { step: { state: 'consent' } } });
    const started = await flows.readCard();
    if (!started.ok) throw new Error('no ref');
    await flows.view(started.value.ref, await vault.keys());
    const types = calls.map((c) => c.type);
    expect(types.indexOf('eid.act')).toBeGreaterThan(types.indexOf('eid.start'));
    expect(calls.find((c) => c.type === 'eid.act')?.payload).toEqual({ flowId: 'f'.repeat(24), action: { type: 'cancel' } });
    expect(await flows.view(windows[0] as string, null)).toMatchObject({
      ok: true,
      value: { step: { state: 'done', failure: 'CANCELLED' } },
    });
  });
});

describe('wallet read in the background', () => {
  const selfInfo = { GivenNames: 'ERIKA', FamilyNames: 'MUSTERMANN', Street: 'HEIDESTRAẞE 17', City: 'KÖLN' };

  it('shows differences to stored values and stores the accepted ones as high / eid with one audit entry', async () => {
    const { flows, vault } = await setUp({
      start: ok({ flowId: 'f'.repeat(24), step: { state: 'done', ok: true, refreshUrl: '', selfInfo } }),
    });
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Erica');
    const started = await flows.readCard();
    if (!started.ok) throw new Error('no ref');
    const { ref } = started.value;
    const view = await flows.view(ref, keys);
    if (!view.ok) throw new Error(view.error.code);
    expect(view.value.differences).toEqual(
      expect.arrayContaining([
        { attributeId: 'givenNames', card: 'Erika', stored: 'Erica', storedSource: 'user', needsReview: false },
        { attributeId: 'street', card: 'Heidestraße', stored: null, storedSource: null, needsReview: false },
        { attributeId: 'houseNumber', card: '17', stored: null, storedSource: null, needsReview: false },
      ]),
    );
    const stored = await flows.store(keys, ref, ['givenNames', 'street', 'houseNumber']);
    expect(stored).toMatchObject({ ok: true, value: { completed: true } });
    const list = new Map((await vault.stores.attributes.list(keys)).items.map(({ value }) => [value.attributeId, value]));
    expect(list.get('givenNames')).toMatchObject({ value: 'Erika', trust: 'high', source: 'eid', provider: 'https://selbstauskunft.test' });
    expect(list.has('familyName')).toBe(false);
    const audit = await vault.stores.audit.list(keys, {});
    expect(audit.entries.at(-1)).toMatchObject({
      kind: 'eid-read',
      outcome: 'disclosed',
      portalId: 'eid-provider',
      origin: 'https://selbstauskunft.test',
      attributeIds: ['givenNames', 'street', 'houseNumber'],
    });
    expect(await flows.store(keys, ref, ['givenNames'])).toMatchObject({ ok: false, error: { code: 'EID_WRONG_STATE' } });
  });

  it("reads a household member's card: compared with and stored as that person's, never the citizen's, and logged by role and first name", async () => {
    const { flows, vault } = await setUp({
      start: ok({ flowId: 'f'.repeat(24), step: { state: 'done', ok: true, refreshUrl: '', selfInfo } }),
    });
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Erika');
    const added = await vault.stores.persons.add(keys, 'partner');
    if (!added.ok) throw new Error(added.error.code);
    const max = added.value.personId;
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Max', max);
    const started = await flows.readCard(max);
    if (!started.ok) throw new Error('no ref');
    const view = await flows.view(started.value.ref, keys);
    if (!view.ok) throw new Error(view.error.code);
    expect(view.value.differences).toEqual(
      expect.arrayContaining([{ attributeId: 'givenNames', card: 'Erika', stored: 'Max', storedSource: 'user', needsReview: false }]),
    );
    expect(await flows.store(keys, started.value.ref, ['givenNames', 'street'])).toMatchObject({ ok: true });
    expect((await vault.stores.attributes.list(keys, max)).items.map((i) => [i.value.attributeId, i.value.source]).sort()).toEqual([
      ['givenNames', 'eid'],
      ['street', 'eid'],
    ]);
    expect((await vault.stores.attributes.list(keys)).items.map((i) => [i.value.attributeId, i.value.source])).toEqual([
      ['givenNames', 'user'],
    ]);
    // Named as the card names the person now (the test card is Erika Mustermann's).
    expect((await vault.stores.audit.list(keys, {})).entries.at(-1)).toMatchObject({ kind: 'eid-read', persons: ['Partner/in: Erika'] });
    // A person removed while their card was read gets nothing, and nothing lands elsewhere.
    const again = await flows.readCard(max);
    if (!again.ok) throw new Error('no ref');
    await flows.view(again.value.ref, keys);
    expect(await vault.stores.persons.remove(keys, max)).toMatchObject({ ok: true });
    expect(await flows.store(keys, again.value.ref, ['givenNames'])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await vault.stores.attributes.listAll(keys)).items.map((i) => i.value.value)).toEqual(['Erika']);
  });

  it('stores nothing when the provider data was unusable', async () => {
    const { flows, vault } = await setUp({
      start: ok({ flowId: 'f'.repeat(24), step: { state: 'done', ok: false, failure: 'PROVIDER_DATA', message: 'x', refreshUrl: null } }),
    });
    const keys = await vault.keys();
    const started = await flows.readCard();
    if (!started.ok) throw new Error('no ref');
    expect(await flows.view(started.value.ref, keys)).toMatchObject({
      ok: true,
      value: { step: { failure: 'PROVIDER_DATA' }, differences: [] },
    });
    expect(await flows.store(keys, started.value.ref, ['givenNames'])).toMatchObject({ ok: false, error: { code: 'EID_WRONG_STATE' } });
    expect((await vault.stores.attributes.list(keys)).items).toEqual([]);
  });

  it('refuses a provider that is not https before anything starts', async () => {
    const { flows, calls } = await setUp({}, null, 'http://selbstauskunft.test/tcToken');
    const started = await flows.readCard();
    if (!started.ok) throw new Error('no ref');
    expect(await flows.view(started.value.ref, null)).toMatchObject({ ok: true, value: { problem: 'EID_NOT_ALLOWED' } });
    expect(calls).toEqual([]);
  });
});
