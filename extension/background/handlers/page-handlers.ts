import type { ActivationStatus, ContentProtocol } from '../../../shared/protocol/content-protocol.ts';
import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { ContentSeen } from '../../storage/content-seen-store.ts';
import type { PageState } from '../../storage/page-state-store.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { CredentialOffers } from '../fill/credential-offers.ts';
import type { RequestContext } from '../router.ts';
import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';

/** Messages from content scripts; the origin and tab come from the router's sender check. */
export function pageHandlers(deps: {
  registry: PortalRegistry;
  recordSeen: (entry: ContentSeen) => Promise<void>;
  savePage: (tabId: number, state: PageState) => Promise<void>;
  /** Tabs found opened by another site (T11): marked once, silent until closed. */
  opened: { mark: (tabId: number) => Promise<void>; marked: (tabId: number) => Promise<boolean> };
  /** Logs values cleared again at submission on a portal origin (by kind, never value). */
  logWithdrawn: (entry: { portalId: string; origin: string; kinds: readonly FieldKind[] }) => Promise<void>;
  now: () => number;
  /** A trusted click on the in-page hint: the same as the popup's buttons, for the sender's own tab. */
  offers: CredentialOffers;
  activate: (tabId: number, action: 'fill' | 'signin') => Promise<Result<{ status: ActivationStatus }>>;
  /** Opens the log of disclosures ("Datenzugriff"), where a fill's details are. */
  openLog: () => Promise<void>;
}): HandlerMap<Omit<ContentProtocol, 'eid.activate'>, RequestContext> {
  return {
    'page.detected': async (report, ctx) => {
      const portal = deps.registry.byOrigin(ctx.origin);
      if (!portal) return fail('ORIGIN_NOT_ALLOWED', 'origin not in the registry');
      await deps.recordSeen({ origin: ctx.origin, accepted: true, at: deps.now() });
      await deps.savePage(ctx.tabId, { origin: ctx.origin, portalId: portal.id, ...report, at: deps.now() });
      return ok({ portalId: portal.id });
    },
    'page.opened': async ({ byAnotherSite }, ctx) => {
      if (byAnotherSite) await deps.opened.mark(ctx.tabId);
      return ok({ silent: await deps.opened.marked(ctx.tabId) });
    },
    'fill.withdrawn': async ({ kinds }, ctx) => {
      const portal = deps.registry.byOrigin(ctx.origin);
      if (!portal) return fail('ORIGIN_NOT_ALLOWED', 'origin not in the registry');
      await deps.logWithdrawn({ portalId: portal.id, origin: ctx.origin, kinds });
      return ok({});
    },
    'credential.offer': async ({ username, password }, ctx) => {
      if (!deps.registry.byOrigin(ctx.origin)) return fail('FORBIDDEN_SENDER', 'content scripts of portals only');
      deps.offers.put(ctx.tabId, { origin: ctx.origin, username, password });
      return ok({});
    },
    // Opens nothing but our own page: a portal's content script may ask, nothing of the vault goes with it.
    'fill.details': async (_request, ctx) => {
      if (!deps.registry.byOrigin(ctx.origin)) return fail('FORBIDDEN_SENDER', 'content scripts of portals only');
      await deps.openLog();
      return ok({});
    },
    'hint.activate': async ({ action }, ctx) => {
      return deps.activate(ctx.tabId, action);
    },
  };
}
