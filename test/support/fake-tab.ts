import type { TabsApi } from '../../extension/background/fill/tab-link.ts';

export interface SentTabMessage {
  readonly id: string;
  readonly type: string;
  readonly payload: Record<string, unknown>;
}

/**
 * A tab for the background's fill and sign-in logic that answers like the content script: `answer`
 * gives the value for each message (every `fill.apply` kind is reported filled unless it answers).
 * Every message sent is kept in `sent`; `navigate` changes what the tab shows.
 */
export function fakeTab(startUrl: string, answer: (message: SentTabMessage, url: string) => unknown) {
  let url = startUrl;
  const sent: SentTabMessage[] = [];
  const tabs: TabsApi = {
    url: async () => url,
    send: async (_tab, message) => {
      const m = message as SentTabMessage;
      sent.push(m);
      const value = answer(m, url) ?? {
        outcomes: (m.payload.kinds as string[]).map((kind, index) => ({ index, kind, outcome: 'filled' })),
        submitted: m.payload.submit === true,
      };
      return { v: 1, id: m.id, type: m.type, result: { ok: true, value } };
    },
  };
  return { tabs, sent, navigate: (next: string) => void (url = next) };
}
