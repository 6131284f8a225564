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

const api = "(globalThis.browser ?? globalThis.chrome)";

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
     * Tampers with the encrypted disclosure log in IndexedDB (SECURITY.md T23): flips a ciphertext
     * byte of entry `seq`, deletes it, or swaps its ciphertext with the next entry's. Returns a
     * function that puts the original records back.
     */
    async tamperAudit(how: 'modify' | 'delete' | 'swap', seq: number): Promise<() => Promise<void>> {
      const key = `__amtspassAuditOriginal${++n}`;
      await page.evaluate(`(${TAMPER_AUDIT})(${JSON.stringify(how)}, ${seq}, ${JSON.stringify(key)})`);
      return async () => void (await page.evaluate(`(${RESTORE_AUDIT})(${JSON.stringify(key)})`));
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

const OPEN_AUDIT = `async (mode) => {
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const db = await request(indexedDB.open('amtspass-vault'));
  return { db, store: db.transaction('audit', mode).objectStore('audit'), request };
}`;

const TAMPER_AUDIT = `async (how, seq, key) => {
  const { db, store, request } = await (${OPEN_AUDIT})('readwrite');
  const entry = await request(store.get(seq));
  const next = await request(store.get(seq + 1));
  globalThis[key] = [entry, next].filter(Boolean).map((e) => ({ ...e, ct: new Uint8Array(e.ct) }));
  if (how === 'modify') {
    const ct = new Uint8Array(entry.ct);
    ct[0] ^= 1;
    await request(store.put({ ...entry, ct }));
  } else if (how === 'delete') {
    await request(store.delete(seq));
  } else {
    await request(store.put({ ...entry, ct: next.ct, iv: next.iv }));
    await request(store.put({ ...next, ct: entry.ct, iv: entry.iv }));
  }
  db.close();
}`;

const RESTORE_AUDIT = `async (key) => {
  const { db, store, request } = await (${OPEN_AUDIT})('readwrite');
  for (const entry of globalThis[key]) await request(store.put(entry));
  db.close();
}`;
