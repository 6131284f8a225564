import { describe, expect, it } from 'vitest';
import { hostManifestLocation } from '../../../../helper/install/host-manifest-locations.ts';
import { parseInstallArgs } from '../../../../helper/install/install-command.ts';
import { hostManifest, posixLauncher } from '../../../../helper/install/host-manifest.ts';

const linux = { platform: 'linux' as const, home: '/home/erika', env: {} };

describe('host manifest locations', () => {
  it.each([
    ['chromium', undefined, '/home/erika/.config/chromium/NativeMessagingHosts'],
    ['chrome', undefined, '/home/erika/.config/google-chrome/NativeMessagingHosts'],
    ['firefox', undefined, '/home/erika/.mozilla/native-messaging-hosts'],
    ['chromium', '/srv/profil', '/srv/profil/NativeMessagingHosts'],
    ['firefox', '/srv/profil', '/home/erika/.mozilla/native-messaging-hosts'],
    ['edge', undefined, '/home/erika/.config/microsoft-edge/NativeMessagingHosts'],
    ['brave', undefined, '/home/erika/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts'],
    ['vivaldi', undefined, '/home/erika/.config/vivaldi/NativeMessagingHosts'],
  ] as const)('Linux %s (profile %s) → %s', (browser, profile, dir) => {
    expect(hostManifestLocation({ ...linux, browser, profile }).dir).toBe(dir);
  });

  it('honours XDG_CONFIG_HOME for Chromium but not for Firefox (docs/RECIPES.md §10)', () => {
    const env = { XDG_CONFIG_HOME: '/cfg' };
    expect(hostManifestLocation({ ...linux, env, browser: 'chromium' }).dir).toBe('/cfg/chromium/NativeMessagingHosts');
    expect(hostManifestLocation({ ...linux, env, browser: 'firefox' }).dir).toBe('/home/erika/.mozilla/native-messaging-hosts');
  });

  it('names macOS folders and Windows registry keys', () => {
    expect(hostManifestLocation({ platform: 'darwin', home: '/Users/e', env: {}, browser: 'firefox' }).dir).toBe(
      '/Users/e/Library/Application Support/Mozilla/NativeMessagingHosts',
    );
    expect(hostManifestLocation({ platform: 'darwin', home: '/Users/e', env: {}, browser: 'edge' }).dir).toBe(
      '/Users/e/Library/Application Support/Microsoft Edge/NativeMessagingHosts',
    );
    expect(hostManifestLocation({ platform: 'win32', home: 'C:\\Users\\e', env: {}, browser: 'chrome' }).registryKey).toBe(
      'HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\de.amtspass.helper',
    );
  });

  it("on Windows points Chromium, Brave and Vivaldi at Chrome's key (Chromium reads it whatever its branding), Edge at its own", () => {
    const key = (browser: 'chromium' | 'brave' | 'vivaldi' | 'edge' | 'firefox') =>
      hostManifestLocation({ platform: 'win32', home: 'C:\\Users\\e', env: {}, browser }).registryKey;
    for (const browser of ['chromium', 'brave', 'vivaldi'] as const)
      expect(key(browser)).toBe('HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\de.amtspass.helper');
    expect(key('edge')).toBe('HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\de.amtspass.helper');
    expect(key('firefox')).toBe('HKCU\\Software\\Mozilla\\NativeMessagingHosts\\de.amtspass.helper');
  });
});

describe('install arguments and manifests', () => {
  it('parses browsers and profile, and refuses unknown input with a clear message', () => {
    expect(parseInstallArgs(['install'])).toMatchObject({
      ok: true,
      args: { browsers: ['chromium', 'chrome', 'edge', 'brave', 'vivaldi', 'firefox'], explicit: false },
    });
    expect(parseInstallArgs(['uninstall', '--browser', 'firefox', '--profile', '/p'])).toEqual({
      ok: true,
      args: { action: 'uninstall', browsers: ['firefox'], explicit: true, profile: '/p' },
    });
    expect(parseInstallArgs(['install', '--browser', 'opera'])).toMatchObject({
      ok: false,
      message: 'unknown browser "opera" (chromium, chrome, edge, brave, vivaldi, firefox, all)',
    });
    expect(parseInstallArgs(['install', '--profile'])).toMatchObject({ ok: false });
    expect(parseInstallArgs(['remove'])).toMatchObject({ ok: false });
  });

  it('names the exact extension origin with a trailing slash, or the add-on id', () => {
    expect(hostManifest('chromium', '/x/l.sh')).toMatchObject({
      name: 'de.amtspass.helper',
      type: 'stdio',
      allowed_origins: ['chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/'],
    });
    const storeId = 'abcdefghijklmnopabcdefghijklmnop';
    expect(hostManifest('edge', '/x/h', ['ejknmpaheghgkhjochcmaoiikpanjnil', storeId])).toMatchObject({
      allowed_origins: ['chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/', `chrome-extension://${storeId}/`],
    });
    expect(hostManifest('firefox', '/x/l.sh')).toMatchObject({ allowed_extensions: ['amtspass@amtspass.de'] });
  });

  it('quotes launcher paths safely', () => {
    expect(posixLauncher('/usr/bin/node', "/home/o'brien/helper.mjs")).toContain(`'/home/o'\\''brien/helper.mjs'`);
  });
});
