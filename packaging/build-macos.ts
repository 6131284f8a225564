import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `amtspass-helper-<version>-macos-x64.tar.gz`: the Intel executable, Node's licence and install.sh,
 * which puts it in ~/Library/Application Support/Amtspass and registers it per user. Untested: there is
 * no Mac here, and npm carries no Node for Apple silicon recent enough for single executables.
 */
export function buildMacosArchive(options: {
  executable: string;
  nodeLicence: string;
  version: string;
  outDir: string;
  workDir: string;
}): string {
  const name = `amtspass-helper-${options.version}-macos-x64`;
  const folder = join(options.workDir, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(options.executable, join(folder, 'amtspass-helper'));
  chmodSync(join(folder, 'amtspass-helper'), 0o755);
  copyFileSync(join(import.meta.dirname, 'macos', 'install.sh'), join(folder, 'install.sh'));
  chmodSync(join(folder, 'install.sh'), 0o755);
  copyFileSync(options.nodeLicence, join(folder, 'LICENSE-Node.js.txt'));
  mkdirSync(options.outDir, { recursive: true });
  const archive = join(options.outDir, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', archive, '-C', options.workDir, '--owner=0', '--group=0', name]);
  return archive;
}
