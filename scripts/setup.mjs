// Brings a fresh Debian machine to the point where `npm start` and `npm test` run: the Debian packages
// (browsers, AusweisApp2, certificate tools) and the npm dependencies. Idempotent and quiet when all
// is in place. Uses only Node built-ins, because it runs before `npm ci`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Debian packages and why we need them (one list, also read by .ci/run). */
const PACKAGES = JSON.parse(readFileSync(join(root, 'scripts', 'debian-packages.json'), 'utf8'));

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Amtspass needs Node.js 20.19 or newer (found ${process.versions.node}); README.md says how to get it on Debian 12.`);
  process.exit(1);
}

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

if (has('dpkg-query')) {
  const missing = Object.keys(PACKAGES).filter((name) => {
    try {
      return !execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .includes('ok installed');
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    console.log(`Installing Debian packages: ${missing.map((m) => `${m} (${PACKAGES[m]})`).join(', ')}`);
    const isRoot = process.getuid?.() === 0;
    const sudo = isRoot ? [] : has('sudo') ? ['sudo'] : null;
    if (sudo === null) {
      console.error(`Please install as root: apt-get update && apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
    apt('update', '-qq');
    // Only what is needed: recommended packages would bring printer and avahi daemons along.
    apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
  }
} else {
  console.warn('Not a Debian system: please install Chromium, Firefox ESR, AusweisApp2, openssl and certutil yourself.');
}

const stamp = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(stamp) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(stamp).mtimeMs) {
  console.log('Installing npm dependencies (npm ci) …');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn']);
}
