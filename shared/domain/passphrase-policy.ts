/** Shortest passphrase accepted: the KDF only multiplies the guessing cost (docs/SECURITY.md §3.7). */
export const MIN_PASSPHRASE_CHARS = 10;
/** Longest passphrase accepted; far beyond any real one, it bounds the KDF input. */
export const MAX_PASSPHRASE_CHARS = 1024;

/** Whether a new passphrase may protect the vault. */
export function isAcceptablePassphrase(passphrase: string): boolean {
  const chars = [...passphrase.normalize('NFC')];
  return chars.length >= MIN_PASSPHRASE_CHARS && chars.length <= MAX_PASSPHRASE_CHARS && new Set(chars).size >= 4;
}

/**
 * A rough strength for the set-up form's meter (0 too weak … 4 very strong): length counts most,
 * then words and kinds of characters. Only a hint for the citizen; the rule above decides.
 */
export function passphraseStrength(passphrase: string): 0 | 1 | 2 | 3 | 4 {
  if (!isAcceptablePassphrase(passphrase)) return 0;
  const chars = [...passphrase.normalize('NFC')];
  const kinds = [/[a-zäöüß]/u, /[A-ZÄÖÜ]/u, /\d/u, /[^\p{L}\d]/u].filter((k) => k.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  const score = (chars.length >= 16 ? 2 : chars.length >= 12 ? 1 : 0) + (words >= 4 || kinds >= 3 ? 1 : 0) + (chars.length >= 24 ? 1 : 0);
  return Math.max(1, Math.min(4, score)) as 1 | 2 | 3 | 4;
}
