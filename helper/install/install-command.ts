import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostManifest, posixLauncher, windowsLauncher } from './host-manifest.ts';
import { BROWSERS, hostFiles, hostManifestLocation, type BrowserName, type Platform } from './host-manifest-locations.ts';

export interface InstallArgs {
  readonly action: 'install' | 'uninstall';
  readonly browsers: readonly BrowserName[];
  /** Named with --browser: written even when that browser's folder does not exist yet. */
  readonly explicit: boolean;
  readonly profile?: string;
}

export type ParsedInstallArgs = { ok: true; args: InstallArgs } | { ok: false; message: string };

/** `install|uninstall [--browser NAME|all] [--profile DIR]` */
export function parseInstallArgs(argv: readonly string[]): ParsedInstallArgs {
  const [action, ...rest] = argv;
  if (action !== 'install' && action !== 'uninstall') return { ok: false, message: 'expected install or uninstall' };
  let browsers: readonly BrowserName[] = BROWSERS;
  let explicit = false;
  let profile: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (value === undefined) return { ok: false, message: `${flag} needs a value` };
    if (flag === '--browser') {
      if (value === 'all') browsers = BROWSERS;
      else if ((BROWSERS as readonly string[]).includes(value)) browsers = [value as BrowserName];
      else return { ok: false, message: `unknown browser "${value.slice(0, 40)}" (${BROWSERS.join(', ')}, all)` };
      explicit = true;
    } else if (flag === '--profile') profile = value;
    else return { ok: false, message: `unknown option "${String(flag).slice(0, 40)}"` };
  }
  return { ok: true, args: { action, browsers, explicit, profile } };
}

/** What the host manifest starts: the helper executable itself, or Node with the helper bundle. */
export type HelperProgram =
  | { readonly kind: 'executable'; readonly path: string }
  | { readonly kind: 'node'; readonly nodePath: string; readonly helperPath: string };

export interface InstallEnv {
  readonly platform: Platform;
  readonly home: string;
  readonly vars: Readonly<Record<string, string | undefined>>;
  readonly program: HelperProgram;
  readonly exists: (path: string) => boolean;
}

/**
 * Writes (or removes) the host manifest per browser; returns what it did, one line each. Without
 * --browser only browsers whose settings folder exists are set up, so an install does not create
 * folders for browsers the citizen never had. A Node-run helper (a developer's checkout) gets a
 * launcher that pins the Node binary, because a browser started from the desktop may not have Node on
 * its PATH; the single executable needs none.
 */
export function runInstall(args: InstallArgs, env: InstallEnv): string[] {
  const done: string[] = [];
  for (const browser of args.browsers) {
    const location = hostManifestLocation({ platform: env.platform, browser, home: env.home, profile: args.profile, env: env.vars });
    const { manifest: manifestPath, launcher: launcherPath } = hostFiles(location.dir, env.platform);
    if (args.action === 'uninstall') {
      rmSync(manifestPath, { force: true });
      rmSync(launcherPath, { force: true });
      if (location.registryKey) execFileSync('reg', ['delete', location.registryKey, '/f'], { stdio: 'ignore' });
      done.push(`removed ${manifestPath}`);
      continue;
    }
    if (!args.explicit && !args.profile && env.platform !== 'win32' && !env.exists(dirname(location.dir))) {
      done.push(`skipped ${browser}: not found (${dirname(location.dir)})`);
      continue;
    }
    mkdirSync(location.dir, { recursive: true });
    let path: string;
    if (env.program.kind === 'executable') path = env.program.path;
    else {
      const { nodePath, helperPath } = env.program;
      writeFileSync(launcherPath, env.platform === 'win32' ? windowsLauncher(nodePath, helperPath) : posixLauncher(nodePath, helperPath));
      chmodSync(launcherPath, 0o755);
      path = launcherPath;
    }
    writeFileSync(manifestPath, `${JSON.stringify(hostManifest(browser, path), null, 2)}\n`);
    if (location.registryKey) {
      execFileSync('reg', ['add', location.registryKey, '/ve', '/t', 'REG_SZ', '/d', manifestPath, '/f'], { stdio: 'ignore' });
    }
    done.push(`wrote ${manifestPath}`);
  }
  return done;
}
