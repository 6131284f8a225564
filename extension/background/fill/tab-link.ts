import { newRequestId } from '../../../shared/protocol/new-request-id.ts';
import type { RequestOf, ResponseOf } from '../../../shared/protocol/protocol-spec.ts';
import { readResponse } from '../../../shared/protocol/read-response.ts';
import { fail, type Result } from '../../../shared/protocol/result.ts';
import { tabProtocol, type TabProtocol } from '../../../shared/protocol/tab-protocol.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol/version.ts';

/** What the fill logic needs of the browser's tabs (adapter in main.ts). */
export interface TabsApi {
  /** The tab's current URL, or null when the tab is gone or its URL is not ours to see. */
  url(tabId: number): Promise<string | null>;
  /** Sends to the tab's top frame only (frameId 0). */
  send(tabId: number, message: unknown): Promise<unknown>;
}

/** A typed request to the content script of one tab's top frame. */
export async function askTab<T extends keyof TabProtocol>(
  tabs: TabsApi,
  tabId: number,
  type: T,
  payload: RequestOf<TabProtocol, T>,
): Promise<Result<ResponseOf<TabProtocol, T>>> {
  let raw: unknown;
  try {
    raw = await tabs.send(tabId, { v: PROTOCOL_VERSION, id: newRequestId(), type, payload });
  } catch {
    return fail('ORIGIN_NOT_ALLOWED', 'no Amtspass content script in this tab');
  }
  return readResponse(tabProtocol, type, raw);
}
