import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hostManifest } from '../helper/install/host-manifest.ts';

const SCRIPT = join(import.meta.dirname, 'windows', 'amtspass-helper.nsi');

/**
 * `amtspass-helper-setup-<version>.exe` from packaging/windows/amtspass-helper.nsi. The host manifests
 * name the executable relatively ("amtspass-helper.exe"), so the installer copies them unchanged.
 */
export function buildWindowsInstaller(options: {
  executable: string;
  nodeLicence: string;
  version: string;
  outDir: string;
  workDir: string;
}): string {
  mkdirSync(options.workDir, { recursive: true });
  const chromium = join(options.workDir, 'win-chromium.json');
  const firefox = join(options.workDir, 'win-firefox.json');
  writeFileSync(chromium, `${JSON.stringify(hostManifest('chrome', 'amtspass-helper.exe'), null, 2)}\n`);
  writeFileSync(firefox, `${JSON.stringify(hostManifest('firefox', 'amtspass-helper.exe'), null, 2)}\n`);
  mkdirSync(options.outDir, { recursive: true });
  const out = join(options.outDir, `amtspass-helper-setup-${options.version}.exe`);
  // makensis reads relative paths against the script's folder, so every path goes in absolute.
  const define = (name: string, value: string): string => `-D${name}=${name === 'VERSION' ? value : resolve(value)}`;
  execFileSync(
    'makensis',
    [
      '-V2',
      '-INPUTCHARSET',
      'UTF8',
      define('VERSION', options.version),
      define('EXE', options.executable),
      define('CHROMIUM_MANIFEST', chromium),
      define('FIREFOX_MANIFEST', firefox),
      define('LICENCE', options.nodeLicence),
      define('OUTFILE', out),
      SCRIPT,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return out;
}
