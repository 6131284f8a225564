/** Shortest passphrase accepted: the KDF only multiplies the guessing cost (SECURITY.md §3.6). */
export const MIN_PASSPHRASE_CHARS = 10;
/** Longest passphrase accepted; far beyond any real one, it bounds the KDF input. */
export const MAX_PASSPHRASE_CHARS = 1024;

/** Whether a new passphrase may protect the vault. */
export function isAcceptablePassphrase(passphrase: string): boolean {
  const chars = [...passphrase.normalize('NFC')];
  return chars.length >= MIN_PASSPHRASE_CHARS && chars.length <= MAX_PASSPHRASE_CHARS && new Set(chars).size >= 4;
}
