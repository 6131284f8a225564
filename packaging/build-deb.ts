import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIVE_HOST_NAME } from '../shared/protocol/native-host.ts';
import { hostManifest } from '../helper/install/host-manifest.ts';
import { LINUX_SYSTEM_FOLDERS, type BrowserName } from '../helper/install/host-manifest-locations.ts';

/** Where the .deb puts the helper; its host manifests name this path. */
export const DEB_HELPER_PATH = '/usr/lib/amtspass/amtspass-helper';
export const DEB_PACKAGE = 'amtspass-helper';

/** The control file (pure): AusweisApp recommended, not required, because sign-in and filling work without it. */
export function debControl(version: string, installedKiB: number): string {
  return [
    `Package: ${DEB_PACKAGE}`,
    `Version: ${version}`,
    'Architecture: amd64',
    'Maintainer: Amtspass <hallo@amtspass.de>',
    `Installed-Size: ${installedKiB}`,
    'Depends: libc6 (>= 2.28), libstdc++6 (>= 10), libatomic1',
    'Recommends: ausweisapp | ausweisapp2',
    'Suggests: chromium | firefox-esr | firefox',
    'Section: web',
    'Priority: optional',
    'Homepage: https://amtspass.de',
    'Description: Amtspass helper: Online-Ausweis for the Amtspass browser extension',
    ' Hilfsprogramm der Browser-Erweiterung Amtspass: verbindet sie über Native Messaging',
    ' mit der AusweisApp (Anmelden mit dem Online-Ausweis, eigene Daten vom Ausweis lesen).',
    ' .',
    ' Helper of the Amtspass browser extension: connects it to AusweisApp through native',
    ' messaging. Installs host manifests for Chromium, Google Chrome, Microsoft Edge and',
    ' Firefox for all users.',
    '',
  ].join('\n');
}

/**
 * `amtspass-helper_<version>_amd64.deb` built with dpkg-deb: the executable under /usr/lib/amtspass,
 * a command in /usr/bin, and one host manifest per browser in the folders those browsers read for all
 * users (as Web eID and KeePassXC do). Nothing is a conffile, so `apt-get remove` takes everything.
 */
export function buildDeb(options: { executable: string; nodeLicence: string; version: string; outDir: string; workDir: string }): string {
  const root = join(options.workDir, 'deb-root');
  rmSync(root, { recursive: true, force: true });
  const place = (path: string): string => {
    const target = join(root, path);
    mkdirSync(join(target, '..'), { recursive: true });
    return target;
  };
  copyFileSync(options.executable, place(DEB_HELPER_PATH));
  chmodSync(join(root, DEB_HELPER_PATH), 0o755);
  symlinkSync('../lib/amtspass/amtspass-helper', place('/usr/bin/amtspass-helper'));
  for (const [browser, folder] of Object.entries(LINUX_SYSTEM_FOLDERS)) {
    writeFileSync(
      place(`${folder}/${NATIVE_HOST_NAME}.json`),
      `${JSON.stringify(hostManifest(browser as BrowserName, DEB_HELPER_PATH), null, 2)}\n`,
    );
  }
  // The executable embeds Node.js: its licence text (with its bundled components') goes along.
  copyFileSync(options.nodeLicence, place('/usr/share/doc/amtspass-helper/copyright'));
  const sizeKiB = Number(execFileSync('du', ['-sk', '--apparent-size', root]).toString().split('\t')[0]);
  writeFileSync(place('/DEBIAN/control'), debControl(options.version, sizeKiB));
  mkdirSync(options.outDir, { recursive: true });
  const deb = join(options.outDir, `${DEB_PACKAGE}_${options.version}_amd64.deb`);
  // gzip, not xz: a third larger, but seconds instead of minutes on a two-core machine.
  execFileSync('dpkg-deb', ['--root-owner-group', '-Zgzip', '--build', root, deb], { stdio: ['ignore', 'ignore', 'inherit'] });
  return deb;
}
