import type { RequestOf, ResponseOf } from '../../../shared/protocol/protocol-spec.ts';
import { createRequestClient } from '../../../shared/protocol/request-client.ts';
import type { Result } from '../../../shared/protocol/result.ts';
import { tabProtocol, type TabProtocol } from '../../../shared/protocol/tab-protocol.ts';

/** What the fill logic needs of the browser's tabs (adapter: platform/tabs.ts). */
export interface TabsApi {
  /** The tab's current URL, or null when the tab is gone or its URL is not ours to see. */
  url(tabId: number): Promise<string | null>;
  /** Sends to the tab's top frame only (frameId 0). */
  send(tabId: number, message: unknown): Promise<unknown>;
}

/** A typed request to the content script of one tab's top frame; no content script there: no portal page. */
export function askTab<T extends keyof TabProtocol>(
  tabs: TabsApi,
  tabId: number,
  type: T,
  payload: RequestOf<TabProtocol, T>,
): Promise<Result<ResponseOf<TabProtocol, T>>> {
  const request = createRequestClient(tabProtocol, (envelope) => tabs.send(tabId, envelope), {
    code: 'ORIGIN_NOT_ALLOWED',
    message: 'no Amtspass content script in this tab',
  });
  return request(type, payload);
}
