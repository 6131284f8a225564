/** Longest URL we parse for an origin; longer input is not a portal we know. */
export const MAX_URL_CHARS = 4096;

/**
 * The exact https origin of a URL (`https://host[:port]`, host in punycode), or null when the URL is
 * not https or cannot be parsed. No prefix, suffix or base-domain matching anywhere: compare these
 * strings for equality.
 */
export function httpsOriginOf(url: string): string | null {
  if (url.length > MAX_URL_CHARS) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.origin;
}
