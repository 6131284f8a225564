// Builds dist/chrome, dist/firefox and dist/helper/amtspass-helper.mjs (executable).
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const run = (args, env = {}) =>
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

for (const target of ['chrome', 'firefox']) run([], { TARGET: target });
run(['-c', 'vite.helper.config.ts']);
chmodSync(join(root, 'dist', 'helper', 'amtspass-helper.mjs'), 0o755);
console.log('built dist/chrome, dist/firefox, dist/helper/amtspass-helper.mjs');
