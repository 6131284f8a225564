import { CHROMIUM_EXTENSION_IDS, chromiumOrigin, FIREFOX_ADDON_ID, NATIVE_HOST_NAME } from '../../shared/protocol/native-host.ts';
import type { BrowserName } from './host-manifest-locations.ts';

/**
 * The host manifest for one browser. Chromium-based browsers name the exact extension origins (the
 * trailing slash is required): the development id and every store id (shared/protocol/native-host.ts);
 * Firefox names the add-on id. `path` is the helper executable, or a launcher for a Node-run helper.
 */
export function hostManifest(
  browser: BrowserName,
  path: string,
  chromiumIds: readonly string[] = CHROMIUM_EXTENSION_IDS,
): Record<string, unknown> {
  const common = { name: NATIVE_HOST_NAME, description: 'Amtspass helper', path, type: 'stdio' };
  return browser === 'firefox'
    ? { ...common, allowed_extensions: [FIREFOX_ADDON_ID] }
    : { ...common, allowed_origins: chromiumIds.map(chromiumOrigin) };
}

/** A POSIX shell launcher that runs the helper bundle with this Node, whatever PATH the browser has. */
export function posixLauncher(nodePath: string, helperPath: string): string {
  const quote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;
  return `#!/bin/sh\n# Amtspass helper launcher, written by "amtspass-helper install".\nexec ${quote(nodePath)} ${quote(helperPath)} "$@"\n`;
}

/** The Windows equivalent (untested here). */
export function windowsLauncher(nodePath: string, helperPath: string): string {
  return `@echo off\r\n"${nodePath}" "${helperPath}" %*\r\n`;
}
