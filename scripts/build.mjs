// Builds dist/chrome, dist/firefox, dist/helper/amtspass-helper.mjs (executable) and the CommonJS helper
// bundle that `npm run package` turns into single executables (dist/helper-sea/).
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const run = (args, env = {}) =>
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, ...env },
  });

// `--only classify` builds just the collect + classify bundle (what `npm run classify` needs).
if (process.argv.includes('--only') && process.argv.includes('classify')) {
  run(['-c', 'vite.classify.config.ts']);
  process.exit(0);
}
for (const target of ['chrome', 'firefox']) run([], { TARGET: target });
run(['-c', 'vite.helper.config.ts']);
run(['-c', 'vite.helper.config.ts'], { HELPER_FORMAT: 'cjs' });
run(['-c', 'vite.classify.config.ts']);
chmodSync(join(root, 'dist', 'helper', 'amtspass-helper.mjs'), 0o755);
// stderr, so tools that print JSON on stdout (npm run classify) stay clean.
console.error('built dist/chrome, dist/firefox, dist/helper/amtspass-helper.mjs, dist/classify/amtspass-classify.js');
