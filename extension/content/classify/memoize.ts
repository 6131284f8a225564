/**
 * A bounded memo of a pure function of one string: pages repeat the same legends, headings, labels
 * and names hundreds of times, so each is read once. Cleared when full, so it never grows with a page.
 */
export function memoize<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
