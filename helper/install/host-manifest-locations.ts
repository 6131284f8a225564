import { NATIVE_HOST_NAME } from '../../shared/protocol/native-host.ts';

/** The browsers whose host-manifest folders we know; every one but Firefox is Chromium-based. */
export const BROWSERS = ['chromium', 'chrome', 'edge', 'brave', 'vivaldi', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];
export type Platform = 'linux' | 'darwin' | 'win32';

export interface LocationInput {
  readonly platform: Platform;
  readonly browser: BrowserName;
  readonly home: string;
  /** A Chromium-family user-data-dir; Firefox reads host manifests per user only, so it is ignored there. */
  readonly profile?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface HostLocation {
  /** Folder of the host manifest (and, for a Node-run helper, its launcher). */
  readonly dir: string;
  /** Windows: the registry key whose default value names the manifest. */
  readonly registryKey?: string;
}

/** Per-user folders below ~/.config (Linux) and ~/Library/Application Support (macOS). */
const USER_FOLDERS: Record<'linux' | 'darwin', Record<BrowserName, readonly string[]>> = {
  linux: {
    chromium: ['chromium'],
    chrome: ['google-chrome'],
    edge: ['microsoft-edge'],
    brave: ['BraveSoftware', 'Brave-Browser'],
    vivaldi: ['vivaldi'],
    firefox: [],
  },
  darwin: {
    chromium: ['Chromium'],
    chrome: ['Google', 'Chrome'],
    edge: ['Microsoft Edge'],
    brave: ['BraveSoftware', 'Brave-Browser'],
    vivaldi: ['Vivaldi'],
    firefox: ['Mozilla'],
  },
};

/**
 * Windows registry keys (HKCU or HKLM). Chromium reads Google Chrome's key whatever its branding, so
 * Chromium, Brave and Vivaldi find the helper there; Edge reads its own key as well.
 */
const WINDOWS_VENDOR_KEYS: Record<BrowserName, string> = {
  chromium: 'Google\\Chrome',
  chrome: 'Google\\Chrome',
  edge: 'Microsoft\\Edge',
  brave: 'Google\\Chrome',
  vivaldi: 'Google\\Chrome',
  firefox: 'Mozilla',
};

export const windowsRegistryKey = (browser: BrowserName, hive: 'HKCU' | 'HKLM'): string =>
  `${hive}\\Software\\${WINDOWS_VENDOR_KEYS[browser]}\\NativeMessagingHosts\\${NATIVE_HOST_NAME}`;

/**
 * Where each browser looks for a per-user host manifest. Linux locations of Chromium and Firefox were
 * verified with Chromium 156 and Firefox ESR 153 (docs/RECIPES.md §10); the others follow the
 * browsers' documentation and are untested here.
 */
export function hostManifestLocation(input: LocationInput): HostLocation {
  const { platform, browser, home, env } = input;
  const join = (...parts: string[]): string => parts.join(platform === 'win32' ? '\\' : '/');
  if (platform !== 'win32' && browser !== 'firefox' && input.profile) return { dir: join(input.profile, 'NativeMessagingHosts') };
  if (platform === 'linux') {
    if (browser === 'firefox') return { dir: join(home, '.mozilla', 'native-messaging-hosts') };
    return { dir: join(env.XDG_CONFIG_HOME || join(home, '.config'), ...USER_FOLDERS.linux[browser], 'NativeMessagingHosts') };
  }
  if (platform === 'darwin')
    return { dir: join(home, 'Library', 'Application Support', ...USER_FOLDERS.darwin[browser], 'NativeMessagingHosts') };
  const local = env.LOCALAPPDATA || join(home, 'AppData', 'Local');
  return { dir: join(local, 'Amtspass', browser), registryKey: windowsRegistryKey(browser, 'HKCU') };
}

/**
 * Linux folders read for every user, written by the .deb (as Web eID and KeePassXC do). Only the
 * browsers that document one: Brave and Vivaldi have no documented system folder, so their users run
 * `amtspass-helper install --browser brave|vivaldi` (the status check says so).
 */
export const LINUX_SYSTEM_FOLDERS: Readonly<Partial<Record<BrowserName, string>>> = {
  chromium: '/etc/chromium/native-messaging-hosts',
  chrome: '/etc/opt/chrome/native-messaging-hosts',
  edge: '/etc/opt/edge/native-messaging-hosts',
  firefox: '/usr/lib/mozilla/native-messaging-hosts',
};

/** The host manifest and its launcher in a location's folder: written by `install`, looked for by `status`. */
export function hostFiles(dir: string, platform: Platform): { manifest: string; launcher: string } {
  const sep = platform === 'win32' ? '\\' : '/';
  return {
    manifest: `${dir}${sep}${NATIVE_HOST_NAME}.json`,
    launcher: `${dir}${sep}${NATIVE_HOST_NAME}${platform === 'win32' ? '.cmd' : '.sh'}`,
  };
}
