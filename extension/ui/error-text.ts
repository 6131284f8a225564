import { t } from '../platform/i18n.ts';

/** The citizen's words for an error code: its own text where there is one, else a generic one naming the code. */
export function errorText(code: string): string {
  const text = t(`error${code}`);
  return text === `error${code}` ? t('errorGeneric', [code]) : text;
}
