import { browser } from './browser.ts';

/** A UI string from `_locales` (German default, English); the key itself if it is missing. */
export function t(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser chose for us, e.g. `de` or `en`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
