import { CHROME_EXTENSION_ID, FIREFOX_ADDON_ID, NATIVE_HOST_NAME } from '../../shared/protocol/native-host.ts';
import type { BrowserName } from './host-manifest-locations.ts';

/**
 * The host manifest for one browser. Chromium-based browsers name the exact extension origin (the
 * trailing slash is required); Firefox names the add-on id.
 */
export function hostManifest(browser: BrowserName, launcherPath: string): Record<string, unknown> {
  const common = { name: NATIVE_HOST_NAME, description: 'Amtspass helper', path: launcherPath, type: 'stdio' };
  return browser === 'firefox'
    ? { ...common, allowed_extensions: [FIREFOX_ADDON_ID] }
    : { ...common, allowed_origins: [`chrome-extension://${CHROME_EXTENSION_ID}/`] };
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
