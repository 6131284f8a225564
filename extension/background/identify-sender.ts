import { httpsOriginOf } from '../../shared/domain/origin.ts';
import type { SenderKind } from '../../shared/protocol/protocol-spec.ts';

/** The parts of `runtime.MessageSender` we judge; all set by the browser, none by the sender. */
export interface SenderFacts {
  readonly id?: string;
  readonly url?: string;
  readonly tabId?: number;
  readonly frameId?: number;
}

type PageKind = Exclude<SenderKind, 'content' | 'background'>;

export type IdentifiedSender =
  /** One member per extension page, so a handler's context narrows to the pages its type allows. */
  | { [K in PageKind]: { kind: K } }[PageKind]
  | { kind: 'content'; origin: string; tabId: number }
  /** Ours, but not allowed to talk to us (wrong frame, origin or page); `origin` for diagnostics. */
  | { kind: null; origin: string | null };

/** Our extension pages by path; any other extension URL is no sender we know. */
const EXTENSION_PAGES: Readonly<Record<string, PageKind>> = {
  '/popup/index.html': 'popup',
  '/options/index.html': 'options',
  '/confirm/index.html': 'confirm',
};

/**
 * Decides who sent a runtime message (docs/SECURITY.md §3.6). Extension pages are recognised by their URL
 * under our own base URL (they may sit in a tab, e.g. the options page); content scripts must be in
 * the top frame of a tab whose https origin is in the registry. Everything else is refused.
 */
export function identifySender(
  sender: SenderFacts,
  ours: { extensionId: string; baseUrl: string; isRegisteredOrigin: (origin: string) => boolean },
): IdentifiedSender {
  if (sender.id !== ours.extensionId || sender.url === undefined) return { kind: null, origin: null };
  if (sender.url.startsWith(ours.baseUrl)) {
    const path = new URL(sender.url).pathname;
    const page = Object.hasOwn(EXTENSION_PAGES, path) ? EXTENSION_PAGES[path] : undefined;
    return page ? { kind: page } : { kind: null, origin: null };
  }
  const origin = httpsOriginOf(sender.url);
  if (origin === null || sender.tabId === undefined || sender.frameId !== 0) return { kind: null, origin };
  if (!ours.isRegisteredOrigin(origin)) return { kind: null, origin };
  return { kind: 'content', origin, tabId: sender.tabId };
}
