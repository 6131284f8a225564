// `npm run package`: store-ready zips of both builds in dist/packages/ (web-ext build zips the folder
// as the stores expect: manifest.json at the root, no source maps or dotfiles).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const target of ['chrome', 'firefox']) {
  const result = spawnSync('npx', ['--no-install', 'web-ext', 'build', '--source-dir', join('dist', target),
    '--artifacts-dir', join('dist', 'packages'), '--filename', `amtspass-${target}-{version}.zip`, '--overwrite-dest'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
