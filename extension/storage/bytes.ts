/** Base64 of bytes (for JSON-only areas such as storage.session and backup files). */
export function toBase64(bytes: Bytes): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Bytes of base64; null when the text is not base64. */
export function fromBase64(text: string): Bytes | null {
  try {
    const binary = atob(text);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** Bytes backed by an ordinary ArrayBuffer, as WebCrypto and IndexedDB take them. */
export type Bytes = Uint8Array<ArrayBuffer>;
