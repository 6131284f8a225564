import type { Portal } from '../../../shared/domain/portal.ts';
import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { TabsApi } from './tab-link.ts';

/** The page a fill is for: its exact https origin, its URL without fragment, and the portal there. */
export interface FillTarget {
  origin: string;
  url: string;
  portal: Portal;
}

/**
 * Which page a fill goes to, looked up afresh from the browser (never taken from a message): the tab's
 * current URL, its https origin in the registry, and a portal that holds a person's account. Only the
 * top frame is ever asked (tab-link.ts); the URL is what a later write is checked against, so a tab
 * that navigated meanwhile gets nothing.
 */
export async function resolveFillTarget(tabs: Pick<TabsApi, 'url'>, registry: PortalRegistry, tabId: number): Promise<Result<FillTarget>> {
  const url = await tabs.url(tabId);
  const origin = url ? httpsOriginOf(url) : null;
  const portal = origin ? registry.byOrigin(origin) : undefined;
  if (!url || !origin || !portal) return fail('ORIGIN_NOT_ALLOWED', 'not a connected portal over https');
  // An organisation's account is no place for a citizen's personal data (docs/PORTALS.md §15).
  if (portal.holder === 'organisation') return fail('ORGANISATION_ACCOUNT', 'an organisation portal gets no personal data');
  return ok({ origin, url: url.replace(/#.*$/s, ''), portal });
}
