/**
 * Drives the background from an extension page (popup opened as a tab) in either browser: Playwright
 * and puppeteer pages both evaluate a string expression, which also keeps the page code free of
 * transpiler helpers.
 */
export interface EvaluatingPage {
  evaluate(expression: string): Promise<unknown>;
}

export interface ResultValue {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

const api = '(globalThis.browser ?? globalThis.chrome)';

export function extensionPage(page: EvaluatingPage) {
  let n = 0;
  return {
    async send(type: string, payload: unknown): Promise<ResultValue> {
      const message = JSON.stringify({ v: 1, id: `t${++n}`, type, payload });
      const response = (await page.evaluate(`${api}.runtime.sendMessage(${message})`)) as { result: ResultValue };
      return response.result;
    },
    /** Several messages sent together without waiting in between (a batch of writes). */
    async sendBatch(messages: { type: string; payload: unknown }[]): Promise<void> {
      const list = JSON.stringify(messages.map((m, i) => ({ v: 1, id: `b${++n}-${i}`, ...m })));
      await page.evaluate(`(${list}).forEach((m) => ${api}.runtime.sendMessage(m).catch(() => undefined)), true`);
    },
    /**
     * Tampers with an encrypted store in IndexedDB (docs/SECURITY.md T20, T23): flips a ciphertext byte of
     * the entry under `key`, deletes it, or swaps its IV and ciphertext with the entry under `other`.
     * Returns a function that puts the original entries back.
     */
    async tamper(
      store: 'audit' | 'records',
      how: 'modify' | 'delete' | 'swap',
      key: IDBValidKey,
      other?: IDBValidKey,
    ): Promise<() => Promise<void>> {
      const saved = `__amtspassOriginal${++n}`;
      await page.evaluate(`(${TAMPER})(${JSON.stringify({ store, how, key, other, saved })})`);
      return async () => void (await page.evaluate(`(${RESTORE})(${JSON.stringify({ store, saved })})`));
    },
    /** The ids of the vault's records of one type (`attribute`, `credential`, …), and each record's IV as hex. */
    async records(type: string): Promise<{ id: string; iv: string }[]> {
      return (await page.evaluate(`(${RECORDS})(${JSON.stringify(type)})`)) as { id: string; iv: string }[];
    },
    /** Every IndexedDB record, storage.local and storage.session of the extension, as searchable text. */
    async dumpStorage(): Promise<string> {
      return (await page.evaluate(DUMP_EXPRESSION)) as string;
    },
  };
}

const DUMP_EXPRESSION = `(async () => {
  const parts = [];
  const show = (value) => {
    if (value instanceof ArrayBuffer) value = new Uint8Array(value);
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return Array.from(bytes, (b) => String.fromCharCode(b)).join('') + new TextDecoder().decode(bytes);
    }
    if (Array.isArray(value)) return value.map(show).join(' ');
    if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => k + ':' + show(v)).join(' ');
    return String(value);
  };
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  for (const info of await indexedDB.databases()) {
    const db = await request(indexedDB.open(info.name));
    for (const name of db.objectStoreNames) {
      const store = db.transaction(name).objectStore(name);
      parts.push('store ' + name, show(await request(store.getAll())), show(await request(store.getAllKeys())));
    }
    db.close();
  }
  const storage = (globalThis.browser ?? globalThis.chrome).storage;
  parts.push(JSON.stringify(await storage.local.get(null)), JSON.stringify(await storage.session.get(null)));
  return parts.join('\\n');
})()`;

const OPEN_STORE = `async (name, mode) => {
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const db = await request(indexedDB.open('amtspass-vault'));
  return { db, store: db.transaction(name, mode).objectStore(name), request };
}`;

const TAMPER = `async ({ store: name, how, key, other, saved }) => {
  const { db, store, request } = await (${OPEN_STORE})(name, 'readwrite');
  const entry = await request(store.get(key));
  const next = other === undefined ? undefined : await request(store.get(other));
  globalThis[saved] = [entry, next].filter(Boolean).map((e) => ({ ...e, ct: new Uint8Array(e.ct), iv: new Uint8Array(e.iv) }));
  if (how === 'modify') {
    const ct = new Uint8Array(entry.ct);
    ct[0] ^= 1;
    await request(store.put({ ...entry, ct }));
  } else if (how === 'delete') {
    await request(store.delete(key));
  } else {
    await request(store.put({ ...entry, ct: next.ct, iv: next.iv }));
    await request(store.put({ ...next, ct: entry.ct, iv: entry.iv }));
  }
  db.close();
}`;

const RESTORE = `async ({ store: name, saved }) => {
  const { db, store, request } = await (${OPEN_STORE})(name, 'readwrite');
  for (const entry of globalThis[saved]) await request(store.put(entry));
  db.close();
}`;

const RECORDS = `async (type) => {
  const { db, store, request } = await (${OPEN_STORE})('records', 'readonly');
  const all = await request(store.getAll());
  db.close();
  const hex = (bytes) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
  return all.filter((r) => r.type === type).map((r) => ({ id: r.id, iv: hex(r.iv) }));
}`;
