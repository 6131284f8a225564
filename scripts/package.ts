// `npm run package` (after the build): everything a citizen installs, in dist/packages/:
// the store zips, the helper executables for Linux, Windows and macOS, the .deb, the Windows installer
// and the macOS archive. Node binaries are fetched once into .cache/ (pinned, integrity-checked).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDeb } from '../packaging/build-deb.ts';
import { buildExecutables, type HelperExecutable } from '../packaging/build-executables.ts';
import { buildMacosArchive } from '../packaging/build-macos.ts';
import { buildWindowsInstaller } from '../packaging/build-windows-installer.ts';
import { buildStoreZips } from '../packaging/store-zips.ts';

const root = join(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const dist = join(root, 'dist');
const outDir = join(dist, 'packages');
const workDir = join(dist, 'packaging-work');
const cacheDir = join(root, '.cache', 'node-binaries');

const zips = buildStoreZips({ dist, version, outDir, workDir });
const executables = buildExecutables({ bundle: join(dist, 'helper-sea', 'amtspass-helper.cjs'), outDir, cacheDir });
const forPlatform = (platform: HelperExecutable['platform']): { executable: string; nodeLicence: string } => {
  const found = executables.find((e) => e.platform === platform);
  if (!found) throw new Error(`no helper executable for ${platform}`);
  return { executable: found.path, nodeLicence: found.nodeLicence };
};
const built = [
  zips.chromeStore,
  zips.chromeDevelopment,
  zips.firefox,
  ...executables.map((e) => e.path),
  buildDeb({ ...forPlatform('linux'), version, outDir, workDir }),
  buildWindowsInstaller({ ...forPlatform('win32'), version, outDir, workDir }),
  buildMacosArchive({ ...forPlatform('darwin'), version, outDir, workDir }),
];
console.error(`built ${built.map((path) => path.slice(root.length + 1)).join(', ')}`);
