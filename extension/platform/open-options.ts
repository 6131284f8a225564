import { browser } from './browser.ts';

/** Opens the options page ("Einstellungen") in a tab. */
export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage();
}
