import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-paths.ts';

/** One real AusweisApp the tests run headless (docs/EID.md §10). */
export interface RealAusweisApp {
  /** For test names: "AusweisApp 2.0.1 (bookworm-backports)". */
  readonly label: string;
  /** Upstream version, as AusweisApp reports it in INFO. */
  readonly version: string;
  /** The binary's name, which is also the prefix of its port file (renamed in 2.0). */
  readonly binaryName: 'AusweisApp' | 'AusweisApp2';
  /** The binary as the started process sees it. */
  readonly binary: string;
  /** The Debian root it runs in with chroot, or null when it runs on the host. */
  readonly chrootDir: string | null;
  /** What it needs in its environment beyond a private HOME (an unpacked one finds its resources so). */
  readonly env: Readonly<Record<string, string>>;
  /** Whether the helper can find and start it itself (on the host, with this folder first on PATH). */
  readonly pathDir: string | null;
  /** Whether its Simulator can be a basic reader that takes the PIN value (`[simulator] basicReader`, ≥ 2.2). */
  readonly basicReaderSetting: boolean;
}

const CACHE = join(PROJECT_ROOT, '.cache', 'ausweisapp');

/** "2.0.1-1~bpo12+1" → "2.0.1": Debian's epoch and revision are not the app's version. */
export function upstreamVersion(debianVersion: string): string {
  return debianVersion
    .trim()
    .replace(/^\d+:/, '')
    .replace(/-[^-]*$/, '');
}

/** Whether `version` is `major.minor` or newer. */
export const atLeast = (version: string, major: number, minor: number): boolean => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/** The API levels a version offers (docs/EID.md §3): level 3 (PAUSE/CONTINUE) came with 2.2. */
export const expectedApiLevels = (version: string): number[] => (atLeast(version, 2, 2) ? [1, 2, 3] : [1, 2]);

function hostAusweisApp2(): RealAusweisApp | null {
  try {
    execFileSync('sh', ['-c', 'command -v AusweisApp2'], { stdio: 'ignore' });
    const version = upstreamVersion(execFileSync('dpkg-query', ['-W', '-f=${Version}', 'ausweisapp2'], { encoding: 'utf8' }));
    return {
      label: `AusweisApp2 ${version} (Debian 12)`,
      version,
      binaryName: 'AusweisApp2',
      binary: 'AusweisApp2',
      chrootDir: null,
      env: {},
      pathDir: null,
      basicReaderSetting: atLeast(version, 2, 2),
    };
  } catch {
    return null;
  }
}

function preparedVersion(folder: string): string | null {
  const file = join(CACHE, folder, 'VERSION');
  return existsSync(file) ? upstreamVersion(readFileSync(file, 'utf8')) : null;
}

function backports(): RealAusweisApp | null {
  const version = preparedVersion('backports');
  if (version === null) return null;
  const root = join(CACHE, 'backports');
  return {
    label: `AusweisApp ${version} (bookworm-backports)`,
    version,
    binaryName: 'AusweisApp',
    binary: join(root, 'usr', 'bin', 'AusweisApp'),
    chrootDir: null,
    env: { XDG_DATA_DIRS: `${join(root, 'usr', 'share')}:/usr/share` },
    pathDir: join(root, 'usr', 'bin'),
    basicReaderSetting: atLeast(version, 2, 2),
  };
}

function trixie(): RealAusweisApp | null {
  const version = preparedVersion('trixie');
  if (version === null || process.getuid?.() !== 0) return null;
  return {
    label: `AusweisApp ${version} (Debian trixie, chroot)`,
    version,
    binaryName: 'AusweisApp',
    binary: '/usr/bin/AusweisApp',
    chrootDir: join(CACHE, 'trixie'),
    env: {},
    pathDir: null,
    basicReaderSetting: atLeast(version, 2, 2),
  };
}

/**
 * Every real AusweisApp this machine can run: Debian 12's 1.26.2 and the 2.x versions that
 * `scripts/prepare-ausweisapp-versions.mjs` made. Locally a missing one is reported and its tests do not
 * run; in CI (CI=true), where .ci/run prepares all three, a missing one is an error.
 */
export function realAusweisApps(): RealAusweisApp[] {
  const found = {
    '1.26.2 (Debian 12, ausweisapp2)': hostAusweisApp2(),
    '2.x from bookworm-backports': backports(),
    '2.x from Debian trixie (needs root)': trixie(),
  };
  const missing = Object.entries(found)
    .filter(([, app]) => app === null)
    .map(([name]) => name);
  if (missing.length > 0) {
    const reason = `real AusweisApp missing: ${missing.join(', ')} (sudo node scripts/prepare-ausweisapp-versions.mjs prepares them)`;
    if (process.env.CI) throw new Error(`CI must have every ${reason}`);
    console.warn(`not run: ${reason}`);
  }
  return Object.values(found).filter((app): app is RealAusweisApp => app !== null);
}
