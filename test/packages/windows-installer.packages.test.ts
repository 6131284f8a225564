import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../shared/protocol/native-host.ts';
import { PACKAGED, packaged } from '../support/packaged-files.ts';

/** Debian's 64-bit Wine (package wine64); the installer and the helper are 64-bit. */
const WINE = '/usr/lib/wine/wine64';
const prefix = mkdtempSync(join(tmpdir(), 'amtspass-wine-'));
const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', DISPLAY: '' };
afterAll(() => {
  execFileSync('/usr/lib/wine/wineserver', ['-k'], { env, stdio: 'ignore' });
  rmSync(prefix, { recursive: true, force: true });
});

const wine = (...args: string[]): string =>
  execFileSync(WINE, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 170_000 });
/** A registry key's default value, or null when the key is missing. */
function registryDefault(key: string): string | null {
  try {
    return /\(Default\)\s+REG_SZ\s+(.+)/.exec(wine('reg', 'query', key, '/ve'))?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}
const installDir = join(prefix, 'drive_c', 'users', process.env.USER ?? 'root', 'AppData', 'Local', 'Programs', 'Amtspass');
const HOST = 'de.amtspass.helper';
const KEYS = {
  chrome: `HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST}`,
  edge: `HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\${HOST}`,
  firefox: `HKCU\\Software\\Mozilla\\NativeMessagingHosts\\${HOST}`,
};

/**
 * The NSIS installer run for real under Wine (silent mode, as a software-distribution tool would):
 * what it writes to the user's programs folder and registry, and that its uninstaller takes it away.
 * The helper itself is not run here: Debian 12's Wine 8 cannot start Node 24 or newer (V8 aborts
 * reserving its address space), which says nothing about Windows (docs/INSTALL.md).
 */
describe('the Windows installer under Wine', () => {
  it('installs per user without administrator rights: the executable, the manifests, three registry keys', () => {
    wine(packaged(PACKAGED.windowsInstaller), '/S');
    expect(existsSync(join(installDir, 'amtspass-helper.exe'))).toBe(true);
    const windowsPath = 'C:\\users\\' + (process.env.USER ?? 'root') + '\\AppData\\Local\\Programs\\Amtspass\\';
    expect(registryDefault(KEYS.chrome)).toBe(`${windowsPath}${HOST}.chromium.json`);
    expect(registryDefault(KEYS.edge)).toBe(`${windowsPath}${HOST}.chromium.json`);
    expect(registryDefault(KEYS.firefox)).toBe(`${windowsPath}${HOST}.firefox.json`);
    const chromium = JSON.parse(readFileSync(join(installDir, `${HOST}.chromium.json`), 'utf8')) as Record<string, unknown>;
    expect(chromium).toMatchObject({
      name: HOST,
      type: 'stdio',
      path: 'amtspass-helper.exe',
      allowed_origins: [`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`],
    });
    const firefox = JSON.parse(readFileSync(join(installDir, `${HOST}.firefox.json`), 'utf8')) as Record<string, unknown>;
    expect(firefox).toMatchObject({ path: 'amtspass-helper.exe', allowed_extensions: [FIREFOX_ADDON_ID] });
    expect(readFileSync(join(installDir, 'amtspass-helper.exe')).equals(readFileSync(PACKAGED.windowsExecutable))).toBe(true);
  });

  it('uninstalls: keys, files and folder gone', async () => {
    // NSIS's uninstaller copies itself to %TEMP% and returns at once; wait for its work, not for a time.
    wine(join(installDir, 'uninstall.exe'), '/S');
    await expect.poll(() => existsSync(installDir), { timeout: 120_000, interval: 500 }).toBe(false);
    for (const key of Object.values(KEYS)) expect(registryDefault(key)).toBeNull();
    expect(registryDefault('HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Amtspass')).toBeNull();
  });
});
