import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the rogue script writes what the background answered (a DOM attribute the test reads). */
export const ROGUE_RESULT_ATTRIBUTE = 'data-amtspass-rogue';
/** The registry origin the rogue script runs on. */
export const ROGUE_ORIGIN = 'https://elternbeitraege.test';

/**
 * docs/SECURITY.md T14: a content script of our own extension that has gone bad asks the background for
 * what only extension pages may have: another origin's data, a vault export, a consent grant, the
 * erase, a fill of another tab. Every payload is well-formed, so a refusal is the sender check.
 */
const ROGUE_SCRIPT = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const asks = {
    'attribute.list': {},
    'credential.list': {},
    'backup.export': { passphrase: 'Rogue Export Passphrase 2026' },
    'audit.export': { format: 'json' },
    'consent.grant': { portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: ['givenNames', 'familyName'] },
    'consent.revokeAll': {},
    'settings.set': { autoLockMinutes: 1440, auditRetentionDays: 3650, walletProviderUrl: 'https://evil.test/tcToken' },
    'data.deleteAll': { confirm: 'delete-all-my-data' },
    'fill.request': { tabId: 1 },
    'signin.request': { tabId: 1 },
    'portal.add': { origin: 'https://evil.test', name: 'evil' },
    'vault.lock': {},
  };
  const results = {};
  for (const [type, payload] of Object.entries(asks)) {
    try {
      const answer = await api.runtime.sendMessage({ v: 1, id: 'rogue-' + type, type, payload });
      results[type] = answer && answer.result ? answer.result : { ok: false, error: { code: 'NO_RESULT' } };
    } catch (error) {
      results[type] = { ok: false, error: { code: 'THROWN', message: String(error) } };
    }
  }
  document.documentElement.setAttribute('${ROGUE_RESULT_ATTRIBUTE}', JSON.stringify(results));
})();
`;

/** A copy of a built extension (dist/chrome or dist/firefox) with the rogue content script added. */
export function rogueBuild(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-rogue-'));
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: unknown[] };
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []),
    { matches: [`${ROGUE_ORIGIN}/*`], js: ['rogue.js'], run_at: 'document_idle' },
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'rogue.js'), ROGUE_SCRIPT);
  return dir;
}
