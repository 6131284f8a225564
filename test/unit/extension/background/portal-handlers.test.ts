import { describe, expect, it } from 'vitest';
import { portalHandlers } from '../../../../extension/background/handlers/portal-handlers.ts';
import { createPortalRegistry } from '../../../../extension/background/registry/portal-registry.ts';
import { createUserPortalsStore } from '../../../../extension/storage/user-portals-store.ts';
import { memoryArea } from '../../../support/memory-area.ts';

function setup(granted: string[]) {
  const registry = createPortalRegistry();
  const store = createUserPortalsStore(memoryArea());
  const removed: string[] = [];
  let reconciled = 0;
  const handlers = portalHandlers({
    registry,
    store,
    permissions: { contains: async (origin) => granted.includes(origin), remove: async (origin) => void removed.push(origin) },
    reconcile: async () => void reconciled++,
  });
  const ctx = { kind: 'popup' } as const;
  return { registry, store, removed, handlers, ctx, reconciled: () => reconciled };
}

describe('user-added portals', () => {
  it('adds an exact https origin the browser granted, registers it, and lists it', async () => {
    const t = setup(['https://serviceportal.example.de']);
    const added = await t.handlers['portal.add']({ origin: 'https://serviceportal.example.de', name: 'Serviceportal Musterstadt' }, t.ctx);
    expect(added).toMatchObject({
      ok: true,
      value: { name: 'Serviceportal Musterstadt', origins: ['https://serviceportal.example.de'], userAdded: true },
    });
    expect(t.registry.byOrigin('https://serviceportal.example.de')?.userAdded).toBe(true);
    expect(t.reconciled()).toBe(1);
    const listed = await t.handlers['portal.list']({}, t.ctx);
    expect(listed.ok && listed.value.portals.at(-1)?.origins).toEqual(['https://serviceportal.example.de']);
  });

  it.each([
    ['http://serviceportal.example.de', 'ORIGIN_NOT_ALLOWED'],
    ['https://serviceportal.example.de/pfad', 'ORIGIN_NOT_ALLOWED'],
    ['https://nicht-erlaubt.example.de', 'ORIGIN_NOT_ALLOWED'],
    ['https://id.bund.de', 'INVALID_VALUE'],
  ])('refuses %s with %s', async (origin, code) => {
    const t = setup(['https://id.bund.de']);
    expect(await t.handlers['portal.add']({ origin, name: 'x' }, t.ctx)).toMatchObject({ ok: false, error: { code } });
    expect(await t.store.list()).toEqual([]);
  });

  it('removes only user-added portals, with their permission', async () => {
    const t = setup(['https://serviceportal.example.de']);
    const added = await t.handlers['portal.add']({ origin: 'https://serviceportal.example.de', name: '' }, t.ctx);
    const id = added.ok ? added.value.id : '';
    expect(await t.handlers['portal.remove']({ portalId: 'bundid' }, t.ctx)).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(await t.handlers['portal.remove']({ portalId: id }, t.ctx)).toEqual({ ok: true, value: {} });
    expect(t.removed).toEqual(['https://serviceportal.example.de']);
    expect(t.registry.byOrigin('https://serviceportal.example.de')).toBeUndefined();
  });
});
