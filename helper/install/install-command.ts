import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostManifest, posixLauncher, windowsLauncher } from './host-manifest.ts';
import { BROWSERS, hostFiles, hostManifestLocation, type BrowserName, type Platform } from './host-manifest-locations.ts';

export interface InstallArgs {
  readonly action: 'install' | 'uninstall';
  readonly browsers: readonly BrowserName[];
  readonly profile?: string;
}

export type ParsedInstallArgs = { ok: true; args: InstallArgs } | { ok: false; message: string };

/** `install|uninstall [--browser chromium|chrome|firefox|all] [--profile DIR]` */
export function parseInstallArgs(argv: readonly string[]): ParsedInstallArgs {
  const [action, ...rest] = argv;
  if (action !== 'install' && action !== 'uninstall') return { ok: false, message: 'expected install or uninstall' };
  let browsers: readonly BrowserName[] = BROWSERS;
  let profile: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (value === undefined) return { ok: false, message: `${flag} needs a value` };
    if (flag === '--browser') {
      if (value === 'all') browsers = BROWSERS;
      else if ((BROWSERS as readonly string[]).includes(value)) browsers = [value as BrowserName];
      else return { ok: false, message: `unknown browser "${value.slice(0, 40)}" (chromium, chrome, firefox, all)` };
    } else if (flag === '--profile') profile = value;
    else return { ok: false, message: `unknown option "${String(flag).slice(0, 40)}"` };
  }
  return { ok: true, args: { action, browsers, profile } };
}

/**
 * Writes (or removes) the host manifest and a launcher per browser; returns the manifest paths.
 * The launcher pins the Node binary that ran `install`, because a browser started from the desktop
 * may not have Node on its PATH.
 */
export function runInstall(
  args: InstallArgs,
  env: { platform: Platform; home: string; vars: Readonly<Record<string, string | undefined>>; nodePath: string; helperPath: string },
): string[] {
  const written: string[] = [];
  for (const browser of args.browsers) {
    const location = hostManifestLocation({ platform: env.platform, browser, home: env.home, profile: args.profile, env: env.vars });
    const { manifest: manifestPath, launcher: launcherPath } = hostFiles(location.dir, env.platform);
    if (args.action === 'uninstall') {
      rmSync(manifestPath, { force: true });
      rmSync(launcherPath, { force: true });
      if (location.registryKey) execFileSync('reg', ['delete', location.registryKey, '/f'], { stdio: 'ignore' });
      written.push(manifestPath);
      continue;
    }
    mkdirSync(location.dir, { recursive: true });
    const launcher = env.platform === 'win32' ? windowsLauncher(env.nodePath, env.helperPath) : posixLauncher(env.nodePath, env.helperPath);
    writeFileSync(launcherPath, launcher);
    chmodSync(launcherPath, 0o755);
    writeFileSync(manifestPath, `${JSON.stringify(hostManifest(browser, launcherPath), null, 2)}\n`);
    if (location.registryKey) {
      execFileSync('reg', ['add', location.registryKey, '/ve', '/t', 'REG_SZ', '/d', manifestPath, '/f'], { stdio: 'ignore' });
    }
    written.push(manifestPath);
  }
  return written;
}
