/** What to do with a field that may already hold a value: write, or leave the portal's value. */
export type PrefillVerdict = 'free' | 'prefilled' | 'unchanged';

/** The same value as far as a citizen can tell: Unicode form, case, and runs of white space aside. */
export function sameValue(a: string, b: string): boolean {
  const fold = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
  return fold(a) === fold(b);
}

/**
 * Whether a fill may write a text field (the household issue: the portal's prefill comes first). An
 * empty field is free. A value equal to ours after normalising is `unchanged` and not written again. A
 * value the citizen typed in this visit, or the one Amtspass itself wrote before, may be replaced.
 * Anything else the page put there (BundID and Servicekonto prefill from the account, some at trust
 * level "hoch") is `prefilled` and stays. Pure.
 */
export function decidePrefill(field: {
  current: string;
  planned: string;
  typedByCitizen: boolean;
  writtenByUs: string | undefined;
}): PrefillVerdict {
  if (field.current.trim() === '') return 'free';
  if (sameValue(field.current, field.planned)) return 'unchanged';
  if (field.typedByCitizen || field.current === field.writtenByUs) return 'free';
  return 'prefilled';
}
