import { formatTimestampDate, formatTimestampDateTime } from '../../shared/vocabulary/format-timestamp.ts';
import { browser } from './browser.ts';

/** The citizen's language choice in the options page; `auto` follows the browser. */
export type LanguageChoice = 'auto' | 'de' | 'en';

interface MessageEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

/**
 * A chosen language other than the browser's: the browser's i18n API always answers in the browser's
 * language, so the extension pages read the chosen `_locales/<lang>/messages.json` themselves.
 */
let chosen: { language: 'de' | 'en'; table: Readonly<Record<string, MessageEntry>> } | null = null;

/** Loads the table of a chosen language (extension pages, before their first render). */
export async function applyLanguage(choice: LanguageChoice): Promise<void> {
  if (choice === 'auto') {
    chosen = null;
    return;
  }
  const response = await fetch(browser.runtime.getURL(`_locales/${choice}/messages.json`));
  chosen = { language: choice, table: (await response.json()) as Record<string, MessageEntry> };
}

/** `$NAME$` → its placeholder's content, `$1`… → the substitutions (the browser's own rules). */
function substitute(entry: MessageEntry, substitutions: readonly string[]): string {
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) => fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''))
    .replace(/\$\$/g, '$');
}

/** A UI string from `_locales` (German default, English); the key itself if it is missing. */
export function t(key: string, substitutions?: string[]): string {
  const entry = chosen?.table[key];
  if (entry) return substitute(entry, substitutions ?? []);
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language, e.g. `de` or `en`: the chosen one, else the browser's. */
export function uiLanguage(): string {
  return chosen?.language ?? browser.i18n.getUILanguage();
}

/** The locale for dates and numbers (`de-DE` or `en-GB`). */
export function uiLocale(): string {
  return uiLanguage().startsWith('de') ? 'de-DE' : 'en-GB';
}

/** `TT.MM.JJJJ` in every UI language (see format-timestamp.ts). */
export function formatDate(time: number): string {
  return formatTimestampDate(time);
}

/** `TT.MM.JJJJ, hh:mm` in every UI language. */
export function formatDateTime(time: number): string {
  return formatTimestampDateTime(time);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}
