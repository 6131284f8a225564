// The AusweisApp versions citizens run today, beside Debian 12's own AusweisApp2 1.26.2, for the
// real-app tests and the eID bench (docs/EID.md §10):
//   - 2.x from bookworm-backports, unpacked into .cache/ausweisapp/backports. It runs on the host: it
//     needs the same Qt 6.4 libraries as 1.26.2 (its package pins qt6-websockets-abi = 6.4.2), which the
//     ausweisapp2 package has already installed. Unpacked, not installed, because installing it would
//     replace 1.26.2.
//   - 2.x from Debian trixie, in a root of its own made by mmdebstrap (.cache/ausweisapp/trixie). It needs
//     trixie's libc and Qt, so it cannot run on the host; the tests start it with chroot.
// Each folder gets a VERSION file once complete, so a half-made folder is never used. Only Node built-ins:
// `npm test` runs it right after scripts/setup.mjs. Idempotent; prints one line per version it makes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Debian archive key that signs both suites (installed with Debian itself). */
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

const run = (cmd, args, options = {}) => {
  const result = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || '').trim().slice(-2000)}`,
    );
  }
  return result.stdout;
};

/**
 * Downloads bookworm-backports' `ausweisapp` with a private apt state (the machine's own sources and
 * package lists stay untouched) and unpacks it.
 */
function prepareBackports(cache) {
  const target = join(cache, 'backports');
  if (existsSync(join(target, 'VERSION'))) return null;
  const work = join(cache, 'backports.partial');
  rmSync(work, { recursive: true, force: true });
  const apt = join(work, 'apt');
  for (const dir of ['lists/partial', 'archives/partial', 'sources']) mkdirSync(join(apt, dir), { recursive: true });
  writeFileSync(
    join(apt, 'sources', 'backports.sources'),
    `Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: ${KEYRING}\n`,
  );
  const options = [
    '-o',
    'Dir::Etc::SourceList=/dev/null',
    '-o',
    `Dir::Etc::SourceParts=${join(apt, 'sources')}`,
    '-o',
    `Dir::State::Lists=${join(apt, 'lists')}`,
    '-o',
    `Dir::Cache::Archives=${join(apt, 'archives')}`,
    '-o',
    'Dir::Cache::pkgcache=',
    '-o',
    'Dir::Cache::srcpkgcache=',
    '-o',
    'APT::Sandbox::User=root',
  ];
  run('apt-get', [...options, '-qq', 'update']);
  run('apt-get', [...options, '-qq', 'download', 'ausweisapp/bookworm-backports'], { cwd: work });
  const deb = readdirSync(work).find((name) => name.startsWith('ausweisapp_') && name.endsWith('.deb'));
  if (!deb) throw new Error('bookworm-backports has no ausweisapp package');
  const version = run('dpkg-deb', ['-f', join(work, deb), 'Version']).trim();
  run('dpkg-deb', ['-x', join(work, deb), join(work, 'root')]);
  rmSync(target, { recursive: true, force: true });
  renameSync(join(work, 'root'), target);
  rmSync(work, { recursive: true, force: true });
  writeFileSync(join(target, 'VERSION'), `${version}\n`);
  return `AusweisApp ${version} (bookworm-backports) unpacked into ${target}`;
}

/** Makes a Debian trixie root with `ausweisapp` (about 70 s and 500 MB; kept between runs). */
function prepareTrixie(cache) {
  const target = join(cache, 'trixie');
  if (existsSync(join(target, 'VERSION'))) return null;
  const work = join(cache, 'trixie.partial');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // --variant=apt: the smallest root apt can install into; ca-certificates only so apt can verify.
  run('mmdebstrap', [
    '--quiet',
    '--variant=apt',
    '--include=ausweisapp,ca-certificates',
    'trixie',
    work,
    `deb http://deb.debian.org/debian trixie main`,
  ]);
  const status = readFileSync(join(work, 'var', 'lib', 'dpkg', 'status'), 'utf8');
  const version = /Package: ausweisapp\n(?:[^\n]+\n)*?Version: ([^\n]+)/.exec(status)?.[1];
  if (!version) throw new Error('the trixie root has no ausweisapp package');
  rmSync(target, { recursive: true, force: true });
  renameSync(work, target);
  writeFileSync(join(target, 'VERSION'), `${version}\n`);
  return `AusweisApp ${version} (Debian trixie) installed in a root at ${target}`;
}

/**
 * Makes what is missing. Needs root (the trixie root is made and later entered with chroot); without
 * it, says what the tests will miss and returns false.
 */
export function prepareAusweisAppVersions(projectRoot) {
  const cache = join(projectRoot, '.cache', 'ausweisapp');
  mkdirSync(cache, { recursive: true });
  if (process.getuid?.() !== 0) {
    console.warn(
      'AusweisApp 2.x for the tests needs root (chroot): run `sudo node scripts/prepare-ausweisapp-versions.mjs` once; until then those tests skip.',
    );
    return false;
  }
  for (const prepare of [prepareBackports, prepareTrixie]) {
    const made = prepare(cache);
    if (made) console.log(made);
  }
  return true;
}

// Run directly by `npm test` (scripts/test.mjs) and by hand; `npm start` needs none of this.
if (import.meta.url === `file://${process.argv[1]}`) {
  prepareAusweisAppVersions(join(import.meta.dirname, '..'));
}
