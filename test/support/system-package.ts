import { execFileSync } from 'node:child_process';

/** Root runs dpkg itself; anyone else through passwordless sudo (as scripts/setup.mjs does). */
function asRoot(command: string, args: readonly string[]): string {
  const root = process.getuid?.() === 0;
  return execFileSync(root ? command : 'sudo', root ? args : ['-n', command, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export const isInstalled = (name: string): boolean => {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes(
      'ok installed',
    );
  } catch {
    return false;
  }
};

/** Installs a .deb file with dpkg (its dependencies are already present on a machine set up for the tests). */
export const installDeb = (path: string): string => asRoot('dpkg', ['-i', path]);

/** The files and folders a package owns (`dpkg -L`). */
export const ownedPaths = (name: string): string[] =>
  execFileSync('dpkg', ['-L', name], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('/'));

/** Removes a package as a citizen would. */
export const removePackage = (name: string): string => asRoot('apt-get', ['remove', '-y', '-qq', name]);
