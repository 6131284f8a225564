import { browser } from './browser.ts';

/** Asks the browser for access to one https origin; must run inside the citizen's click. */
export function requestHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}
