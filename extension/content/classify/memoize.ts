/**
 * A bounded memo of a pure function of one string: pages repeat the same legends, headings, labels
 * and names hundreds of times, so each is read once. Cleared when full, so it never grows with a page.
 */
export function memoize<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  return memoizeBy((text: string) => text, fn, max);
}

/** The same for a function of another argument, remembered under a text that stands for it. */
export function memoizeBy<A, T>(key: (arg: A) => string, fn: (arg: A) => T, max = 4096): (arg: A) => T {
  const cache = new Map<string, T>();
  return (arg) => {
    const k = key(arg);
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(arg);
    cache.set(k, value);
    return value;
  };
}
