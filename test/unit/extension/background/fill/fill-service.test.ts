import { describe, expect, it } from 'vitest';
import { createFillService } from '../../../../../extension/background/fill/fill-service.ts';
import { createPendingFillStore } from '../../../../../extension/background/fill/pending-fill-store.ts';
import { createPortalRegistry } from '../../../../../extension/background/registry/portal-registry.ts';
import type { Portal } from '../../../../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../../../../shared/domain/shipped-portals.ts';
import { normaliseCardValue } from '../../../../../shared/vocabulary/normalise-card-value.ts';
import { fakeTab } from '../../../../support/fake-tab.ts';
import { createTestVault } from '../../../../support/test-vault.ts';

const HIGH: Portal = {
  id: 'wohngeld',
  name: 'Wohngeld (hoch)',
  origins: ['https://wohngeld.example.de'],
  eidOrigins: [],
  requiredTrust: 'high',
  startPath: '/',
  loginSignals: [],
  fieldOverrides: [],
};

/** The background's fill decisions against a fake tab that answers like the content script. */
async function setup(startUrl: string, applied?: unknown, prefill: { givenNames?: string } = {}) {
  const vault = await createTestVault();
  const keys = await vault.keys();
  const opened: string[] = [];
  const { tabs, sent, navigate } = fakeTab(startUrl, (m, url) =>
    m.type === 'fill.preview'
      ? {
          page: 'form',
          targets: [url],
          routes: [],
          fields: [
            {
              index: 0,
              kind: 'givenNames',
              label: 'Vorname',
              visible: true,
              prefill: prefill.givenNames ?? null,
              subject: 'self',
              group: 1,
            },
            { index: 1, kind: 'familyName', label: 'Nachname', visible: true, prefill: null, subject: 'self', group: 1 },
            { index: 2, kind: 'email', label: 'E-Mail', visible: false, prefill: null, subject: 'self', group: 1 },
          ],
        }
      : m.type === 'fill.apply'
        ? applied
        : undefined,
  );
  const service = createFillService({
    registry: createPortalRegistry([...SHIPPED_PORTALS, HIGH]),
    stores: vault.stores,
    tabs,
    pending: createPendingFillStore(() => vault.clock.now),
    openConfirm: async (id) => void opened.push(id),
    now: () => vault.clock.now,
  });
  return { vault, keys, service, sent, opened, navigate };
}

describe('fill decisions', () => {
  it('asks first, counts only visible fields, and says when a value is below the trust level the portal requires', async () => {
    const t = await setup('https://wohngeld.example.de/antrag');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    await t.vault.stores.attributes.setTyped(t.keys, 'email', 'erika@example.de');
    await t.vault.stores.attributes.storeCardValues(t.keys, [normaliseCardValue('familyName', 'MUSTERMANN')], 'Anbieter', 1);
    const requested = await t.service.request(t.keys, 7);
    expect(requested).toMatchObject({ ok: true, value: { status: 'needs-consent' } });
    expect(t.opened).toHaveLength(1);
    const view = await t.service.describe(t.keys, t.opened[0] as string);
    expect(view).toMatchObject({ ok: true, value: { requiredTrust: 'high', origin: 'https://wohngeld.example.de' } });
    const attributes = view.ok ? view.value.attributes.map((a) => [a.attributeId, a.trust, a.meetsTrust]) : [];
    expect(attributes).toEqual([
      ['givenNames', 'low', false],
      ['familyName', 'high', true],
    ]);
  });

  it('fills only what the citizen approved, remembers it, and then fills with one click', async () => {
    const t = await setup('https://wohngeld.example.de/antrag');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    await t.vault.stores.attributes.setTyped(t.keys, 'familyName', 'Mustermann');
    await t.service.request(t.keys, 7);
    const decided = await t.service.decide(t.keys, { pendingId: t.opened[0] as string, approve: ['givenNames'], remember: true });
    expect(decided).toMatchObject({ ok: true, value: { status: 'filled', filled: 1 } });
    const apply = t.sent.find((m) => m.type === 'fill.apply');
    expect(apply?.payload).toMatchObject({
      attributes: { givenNames: 'Erika' },
      kinds: ['givenNames'],
      origin: 'https://wohngeld.example.de',
    });
    expect(JSON.stringify(apply?.payload)).not.toContain('Mustermann');
    expect(await t.service.decide(t.keys, { pendingId: t.opened[0] as string, approve: ['givenNames'], remember: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it("shows the portal's prefill beside the stored value, and asks the page to replace it only where the citizen chose so", async () => {
    const t = await setup('https://wohngeld.example.de/antrag', undefined, { givenNames: 'Erika Maria' });
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    await t.vault.stores.attributes.setTyped(t.keys, 'familyName', 'Mustermann');
    await t.service.request(t.keys, 7);
    const view = await t.service.describe(t.keys, t.opened[0] as string);
    expect(view.ok ? view.value.attributes.map((a) => [a.attributeId, a.pagePrefill]) : []).toEqual([
      ['givenNames', 'Erika Maria'],
      ['familyName', null],
    ]);
    // "Ersetzen" for an attribute the citizen did not approve replaces nothing.
    await t.service.decide(t.keys, {
      pendingId: t.opened[0] as string,
      approve: ['givenNames'],
      remember: false,
      replace: ['givenNames', 'familyName'],
    });
    expect(t.sent.find((m) => m.type === 'fill.apply')?.payload).toMatchObject({ kinds: ['givenNames'], replace: ['givenNames'] });
  });

  it('sends the page only the values of the kinds it showed: a consented IBAN never reaches a name-only page', async () => {
    const t = await setup('https://wohngeld.example.de/antrag');
    for (const [id, value] of [
      ['givenNames', 'Erika'],
      ['familyName', 'Mustermann'],
      ['iban', 'DE02120300000000202051'],
      ['email', 'erika@example.de'],
    ] as const)
      await t.vault.stores.attributes.setTyped(t.keys, id, value);
    await t.vault.stores.consents.grant(t.keys, { portalId: 'wohngeld', origin: 'https://wohngeld.example.de' }, [
      'givenNames',
      'familyName',
      'iban',
      'email',
    ]);
    expect(await t.service.request(t.keys, 7)).toMatchObject({ ok: true, value: { status: 'filled' } });
    const apply = t.sent.find((m) => m.type === 'fill.apply');
    // The e-mail field is there but not visible: its value stays home too.
    expect(apply?.payload).toMatchObject({
      attributes: { givenNames: 'Erika', familyName: 'Mustermann' },
      kinds: ['givenNames', 'familyName'],
    });
    expect(Object.keys(apply?.payload.attributes as object).sort()).toEqual(['familyName', 'givenNames']);
    expect(JSON.stringify(t.sent)).not.toMatch(/DE0212|erika@/);
  });

  it('keeps consent per exact origin: a consent on one origin of a portal is not used on its other origin', async () => {
    const t = await setup('https://int.id.bund.de/antrag');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    await t.vault.stores.consents.grant(t.keys, { portalId: 'bundid', origin: 'https://id.bund.de' }, ['givenNames', 'familyName']);
    expect(await t.service.request(t.keys, 7)).toMatchObject({ ok: true, value: { status: 'needs-consent' } });
    expect(t.sent.map((m) => m.type)).toEqual(['fill.preview']);
  });

  it('remembers only when asked, only what was written, and nothing for a fill that did not happen', async () => {
    const consentOf = async (t: Awaited<ReturnType<typeof setup>>) =>
      (await t.vault.stores.consents.list(t.keys)).map((c) => [c.origin, c.attributeIds]);
    // Not asked to remember: filled, nothing kept.
    const once = await setup('https://wohngeld.example.de/antrag');
    await once.vault.stores.attributes.setTyped(once.keys, 'givenNames', 'Erika');
    await once.service.request(once.keys, 7);
    expect(
      await once.service.decide(once.keys, { pendingId: once.opened[0] as string, approve: ['givenNames'], remember: false }),
    ).toMatchObject({ ok: true, value: { status: 'filled' } });
    expect(await consentOf(once)).toEqual([]);
    // The page changed while the window was open: nothing filled, nothing kept, though "merken" was ticked.
    const moved = await setup('https://wohngeld.example.de/antrag');
    await moved.vault.stores.attributes.setTyped(moved.keys, 'givenNames', 'Erika');
    await moved.service.request(moved.keys, 7);
    moved.navigate('https://wohngeld.example.de/anderswo');
    expect(
      await moved.service.decide(moved.keys, { pendingId: moved.opened[0] as string, approve: ['givenNames'], remember: true }),
    ).toMatchObject({ ok: false, error: { code: 'PAGE_CHANGED' } });
    expect(await consentOf(moved)).toEqual([]);
    // The page took nothing (its fields went away before the write): nothing kept either.
    const empty = await setup('https://wohngeld.example.de/antrag', {
      outcomes: [{ index: 0, kind: 'givenNames', outcome: 'skipped', reason: 'hidden' }],
      submitted: false,
    });
    await empty.vault.stores.attributes.setTyped(empty.keys, 'givenNames', 'Erika');
    await empty.service.request(empty.keys, 7);
    expect(
      await empty.service.decide(empty.keys, { pendingId: empty.opened[0] as string, approve: ['givenNames'], remember: true }),
    ).toMatchObject({ ok: true, value: { status: 'filled', filled: 0 } });
    expect(await consentOf(empty)).toEqual([]);
  });

  it('refuses tabs that are not a registered https portal', async () => {
    for (const url of ['http://id.bund.de/', 'https://id.bund.de.evil.test/', 'https://evil.test/']) {
      const t = await setup(url);
      expect(await t.service.request(t.keys, 7)).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
      expect(t.sent).toEqual([]);
    }
  });

  it("writes no personal data into an organisation's account, and asks its page nothing", async () => {
    const t = await setup('https://mein-unternehmenskonto.de/mup/antrag');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    expect(await t.service.request(t.keys, 7)).toMatchObject({ ok: false, error: { code: 'ORGANISATION_ACCOUNT' } });
    expect(t.sent).toEqual([]);
    expect(t.opened).toEqual([]);
  });

  it('gives nothing to a tab that navigated away while the confirm window was open, and logs it as denied', async () => {
    for (const [next, code] of [
      ['https://wohngeld.example.de/antrag/schritt-2', 'PAGE_CHANGED'],
      ['https://id.bund.de/de/login', 'ORIGIN_NOT_ALLOWED'],
      ['https://evil.test/antrag', 'ORIGIN_NOT_ALLOWED'],
    ] as const) {
      const t = await setup('https://wohngeld.example.de/antrag#oben');
      await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
      await t.service.request(t.keys, 7);
      t.navigate(next);
      const decided = await t.service.decide(t.keys, { pendingId: t.opened[0] as string, approve: ['givenNames'], remember: false });
      expect(decided, next).toMatchObject({ ok: false, error: { code } });
      expect(t.sent.filter((m) => m.type === 'fill.apply')).toEqual([]);
      const log = await t.vault.stores.audit.list(t.keys);
      expect(log.entries.map((e) => [e.kind, e.outcome, e.attributeIds])).toEqual([['fill', 'denied', ['givenNames']]]);
    }
    // Only the fragment changed: the same page, so the fill goes ahead.
    const t = await setup('https://wohngeld.example.de/antrag#oben');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    await t.service.request(t.keys, 7);
    t.navigate('https://wohngeld.example.de/antrag#unten');
    expect(await t.service.decide(t.keys, { pendingId: t.opened[0] as string, approve: ['givenNames'], remember: false })).toMatchObject({
      ok: true,
      value: { status: 'filled' },
    });
  });

  it("while locked, opens the confirm window for the page's fields; after unlocking it shows the values and fills", async () => {
    const t = await setup('https://wohngeld.example.de/antrag');
    await t.vault.stores.attributes.setTyped(t.keys, 'givenNames', 'Erika');
    const asked = await t.service.request(null, 7);
    expect(asked).toMatchObject({ ok: true, value: { status: 'needs-consent' } });
    // Only the fields were looked at: nothing of the vault went to the tab.
    expect(t.sent.map((m) => m.type)).toEqual(['fill.preview']);
    const view = await t.service.describe(t.keys, t.opened[0] as string);
    expect(view.ok ? view.value.attributes.map((a) => a.attributeId) : []).toEqual(['givenNames']);
    expect(await t.service.decide(t.keys, { pendingId: t.opened[0] as string, approve: ['givenNames'], remember: false })).toMatchObject({
      ok: true,
      value: { status: 'filled', filled: 1 },
    });
    // No portal form on the tab: LOCKED, so the popup asks for the passphrase instead.
    const none = await setup('http://wohngeld.example.de/antrag');
    expect(await none.service.request(null, 7)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(none.opened).toEqual([]);
  });
});
