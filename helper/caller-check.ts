import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID } from '../shared/protocol/native-host.ts';

/**
 * argv as the browser starts a native host: Chromium passes `chrome-extension://<id>/` (plus
 * `--parent-window=…` on Windows), Firefox passes the manifest path and the add-on id. This is not
 * authentication (any local process can start us with any argv); it only refuses a browser that
 * starts us on behalf of another extension.
 */
export function isCallerAllowed(args: readonly string[]): boolean {
  const origin = args.find((arg) => arg.startsWith('chrome-extension://'));
  if (origin !== undefined) return origin === `chrome-extension://${CHROME_EXTENSION_ID}/`;
  if (args.length >= 2 && args[0]?.endsWith('.json')) return args[1] === FIREFOX_ADDON_ID;
  return true;
}
