// The popup's first two questions, sent while the page is still being parsed: a classic script with
// no imports, so it runs before the popup's module graph has loaded (about 60 ms earlier on a small
// machine). The answers are checked against the UI protocol table in main.tsx like any other answer.
// Plain JavaScript on purpose: it is copied as it is, not bundled.
/* global crypto -- a browser global; this file is outside the TypeScript projects */
(() => {
  const api = (globalThis.browser ?? globalThis.chrome).runtime;
  const ask = (type) => {
    const id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    return api.sendMessage({ v: 1, id, type, payload: {} }).catch(() => null);
  };
  globalThis.amtspassEarly = { vaultStatus: ask('vault.status'), language: ask('ui.language') };
})();
