import type { KeyValueArea } from '../../extension/storage/key-value-area.ts';

/** An in-memory storage area with the JSON semantics of browser.storage (values are copied). */
export function memoryArea(): KeyValueArea & { dump(): Record<string, unknown> } {
  const map = new Map<string, string>();
  return {
    get: async (key): Promise<unknown> => (map.has(key) ? (JSON.parse(map.get(key) as string) as unknown) : undefined),
    set: async (key, value) => void map.set(key, JSON.stringify(value)),
    remove: async (key) => void map.delete(key),
    clear: async () => map.clear(),
    dump: () => Object.fromEntries([...map].map(([k, v]) => [k, JSON.parse(v)])),
  };
}
