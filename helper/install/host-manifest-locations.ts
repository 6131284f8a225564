import { NATIVE_HOST_NAME } from '../../shared/protocol/native-host.ts';

export const BROWSERS = ['chromium', 'chrome', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];
export type Platform = 'linux' | 'darwin' | 'win32';

export interface LocationInput {
  readonly platform: Platform;
  readonly browser: BrowserName;
  readonly home: string;
  /** A Chromium/Chrome user-data-dir; Firefox reads host manifests per user only, so it is ignored there. */
  readonly profile?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface HostLocation {
  /** Folder of the host manifest and its launcher. */
  readonly dir: string;
  /** Windows: the registry key whose default value names the manifest. */
  readonly registryKey?: string;
}

/**
 * Where each browser looks for a per-user host manifest. Linux locations were verified with Chromium
 * 156 and Firefox ESR 153 (docs/RECIPES.md §10); macOS and Windows follow the browsers' documentation and
 * are untested here.
 */
export function hostManifestLocation(input: LocationInput): HostLocation {
  const { platform, browser, home, env } = input;
  const join = (...parts: string[]): string => parts.join(platform === 'win32' ? '\\' : '/');
  if (platform === 'linux') {
    if (browser !== 'firefox' && input.profile) return { dir: join(input.profile, 'NativeMessagingHosts') };
    const config = env.XDG_CONFIG_HOME || join(home, '.config');
    if (browser === 'chromium') return { dir: join(config, 'chromium', 'NativeMessagingHosts') };
    if (browser === 'chrome') return { dir: join(config, 'google-chrome', 'NativeMessagingHosts') };
    return { dir: join(home, '.mozilla', 'native-messaging-hosts') };
  }
  if (platform === 'darwin') {
    if (browser !== 'firefox' && input.profile) return { dir: join(input.profile, 'NativeMessagingHosts') };
    const support = join(home, 'Library', 'Application Support');
    if (browser === 'chromium') return { dir: join(support, 'Chromium', 'NativeMessagingHosts') };
    if (browser === 'chrome') return { dir: join(support, 'Google', 'Chrome', 'NativeMessagingHosts') };
    return { dir: join(support, 'Mozilla', 'NativeMessagingHosts') };
  }
  const local = env.LOCALAPPDATA || join(home, 'AppData', 'Local');
  const vendor = { chromium: 'Chromium', chrome: 'Google\\Chrome', firefox: 'Mozilla' }[browser];
  return {
    dir: join(local, 'Amtspass', browser),
    registryKey: `HKCU\\Software\\${vendor}\\NativeMessagingHosts\\${NATIVE_HOST_NAME}`,
  };
}

/** The host manifest and its launcher in a location's folder: written by `install`, looked for by `status`. */
export function hostFiles(dir: string, platform: Platform): { manifest: string; launcher: string } {
  const sep = platform === 'win32' ? '\\' : '/';
  return { manifest: `${dir}${sep}${NATIVE_HOST_NAME}.json`, launcher: `${dir}${sep}${NATIVE_HOST_NAME}${platform === 'win32' ? '.cmd' : '.sh'}` };
}
