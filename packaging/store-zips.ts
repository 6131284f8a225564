import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StoreZips {
  /** For the Chrome Web Store and Edge Add-ons: no `key`, the store assigns the id. */
  readonly chromeStore: string;
  /** The development build with its `key` (id fixed): tests, and side-loading for developers. */
  readonly chromeDevelopment: string;
  /** For addons.mozilla.org: the gecko id is part of the manifest, so one zip serves both uses. */
  readonly firefox: string;
}

/** The Chrome manifest without `key` (pure): the Chrome Web Store refuses an upload that has one. */
export function withoutKey(manifestJson: string): string {
  const manifest = JSON.parse(manifestJson) as Record<string, unknown>;
  delete manifest.key;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Zips the built extensions with web-ext (manifest at the root, no dotfiles or source maps). */
export function buildStoreZips(options: { dist: string; version: string; outDir: string; workDir: string }): StoreZips {
  const zip = (sourceDir: string, filename: string): string => {
    execFileSync(
      'npx',
      [
        '--no-install',
        'web-ext',
        'build',
        '--source-dir',
        sourceDir,
        '--artifacts-dir',
        options.outDir,
        '--filename',
        filename,
        '--overwrite-dest',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return join(options.outDir, filename);
  };
  const storeDir = join(options.workDir, 'chrome-store');
  rmSync(storeDir, { recursive: true, force: true });
  cpSync(join(options.dist, 'chrome'), storeDir, { recursive: true });
  const manifest = join(storeDir, 'manifest.json');
  writeFileSync(manifest, withoutKey(readFileSync(manifest, 'utf8')));
  return {
    chromeStore: zip(storeDir, `amtspass-chrome-${options.version}.zip`),
    chromeDevelopment: zip(join(options.dist, 'chrome'), `amtspass-chrome-dev-${options.version}.zip`),
    firefox: zip(join(options.dist, 'firefox'), `amtspass-firefox-${options.version}.zip`),
  };
}
