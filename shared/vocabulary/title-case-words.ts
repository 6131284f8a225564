/** Word lists for title-casing card values (docs/ATTRIBUTES.md §5.1). */
export interface TitleCaseRules {
  /** Stay lower case anywhere. */
  readonly alwaysLower: ReadonlySet<string>;
  /** Stay lower case unless they are the first word. */
  readonly lowerAfterFirst: ReadonlySet<string>;
}

/**
 * Title case for upper-case card values. Input that already has a lower-case letter is left as it
 * is (only spaces are tidied): the card or the user wrote it that way. Lower-casing uses the German
 * locale, so `ẞ` becomes `ß`; nothing is ever upper-cased as a whole (JavaScript turns `ß` into `SS`).
 */
export function titleCaseWords(raw: string, rules: TitleCaseRules): string {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  if (/\p{Ll}/u.test(tidy)) return tidy;
  return tidy
    .toLocaleLowerCase('de-DE')
    .split(' ')
    .map((word, index) => {
      if (rules.alwaysLower.has(word) || (index > 0 && rules.lowerAfterFirst.has(word))) return word;
      return capitaliseParts(word);
    })
    .join(' ');
}

/** Upper-cases the first letter of the word and of each part after `-`, `'` or `(`. */
export function capitaliseParts(word: string): string {
  let out = '';
  let atStart = true;
  for (const char of word) {
    if (atStart && /\p{L}/u.test(char)) {
      // `ß` has no single upper-case letter in common use; leave it.
      out += char === 'ß' ? char : char.toLocaleUpperCase('de-DE');
      atStart = false;
    } else {
      out += char;
      if (/[-'’(]/.test(char)) atStart = true;
      else if (/\p{L}|\d/u.test(char)) atStart = false;
    }
  }
  return out;
}
