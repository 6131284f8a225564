import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-paths.ts';

const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
const PACKAGES = join(PROJECT_ROOT, 'dist', 'packages');

/** What `npm run package` writes to dist/packages (names as in scripts/package.ts). */
export const PACKAGED = {
  version,
  chromeStoreZip: join(PACKAGES, `amtspass-chrome-${version}.zip`),
  chromeDevelopmentZip: join(PACKAGES, `amtspass-chrome-dev-${version}.zip`),
  firefoxZip: join(PACKAGES, `amtspass-firefox-${version}.zip`),
  linuxExecutable: join(PACKAGES, 'amtspass-helper-linux-x64'),
  windowsExecutable: join(PACKAGES, 'amtspass-helper-win-x64.exe'),
  macosExecutable: join(PACKAGES, 'amtspass-helper-macos-x64'),
  deb: join(PACKAGES, `amtspass-helper_${version}_amd64.deb`),
  windowsInstaller: join(PACKAGES, `amtspass-helper-setup-${version}.exe`),
  macosArchive: join(PACKAGES, `amtspass-helper-${version}-macos-x64.tar.gz`),
};

/** A packaged file, or a clear failure telling how to build it. */
export function packaged(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run package first`);
  return path;
}

/** A zip unpacked into a fresh temporary folder (the `unzip` Debian package). */
export function unpackZip(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-zip-'));
  execFileSync('unzip', ['-q', packaged(zip), '-d', dir]);
  return dir;
}
