import browser from 'webextension-polyfill';

/**
 * The one place that names the WebExtension API. Browser differences live here:
 * - the disconnect reason of a native port is `port.error` in Firefox and `runtime.lastError` in Chromium;
 * - `sender.origin` exists only in Chromium, so senders are judged by `sender.url` everywhere.
 */
export { browser };
export type { Runtime, Tabs, Scripting } from 'webextension-polyfill';

/** The reason a port closed, in both browsers; null for a normal close. */
export function portDisconnectReason(port: { error?: { message?: string } | null }): string | null {
  if (port.error?.message) return port.error.message;
  const chromeApi = (globalThis as { chrome?: { runtime?: { lastError?: { message?: string } } } }).chrome;
  return chromeApi?.runtime?.lastError?.message ?? null;
}
