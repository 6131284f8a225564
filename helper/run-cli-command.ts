import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import type { AusweisAppStatus } from './ausweisapp/status-probe.ts';
import { HELPER_USAGE, type HelperCommand } from './cli-args.ts';
import { selfCheck } from './services/self-check.ts';
import { HELPER_VERSION } from './helper-version.ts';
import { parseInstallArgs, runInstall } from './install/install-command.ts';
import type { Platform } from './install/host-manifest-locations.ts';
import { isSingleExecutable } from './io/is-single-executable.ts';
import type { Log } from './io/log.ts';

/** A host manifest is a few hundred bytes; `status` reads no more than this of one. */
const MAX_MANIFEST_BYTES = 64 * 1024;

/**
 * Everything the helper does when a person (or the installer) runs it, rather than the browser:
 * install, version, help, status, and the refusals. Writes its text and answers the exit code.
 */
export async function runCliCommand(
  command: Exclude<HelperCommand, { kind: 'native' }>,
  deps: { args: readonly string[]; probe: () => Promise<AusweisAppStatus>; log: Log },
): Promise<number> {
  switch (command.kind) {
    case 'install': {
      const parsed = parseInstallArgs(deps.args);
      if (!parsed.ok) {
        process.stderr.write(`amtspass-helper: ${parsed.message}\n`);
        return 2;
      }
      const lines = runInstall(parsed.args, {
        platform: process.platform as Platform,
        home: homedir(),
        vars: process.env,
        // The single executable is its own program; a Node-run bundle needs Node and its own path.
        program: isSingleExecutable()
          ? { kind: 'executable', path: process.execPath }
          : { kind: 'node', nodePath: process.execPath, helperPath: realpathSync(process.argv[1] ?? '') },
        exists: existsSync,
      });
      for (const line of lines) process.stdout.write(`${line}\n`);
      return 0;
    }
    case 'version':
      process.stdout.write(`${HELPER_VERSION}\n`);
      return 0;
    case 'help':
      process.stdout.write(HELPER_USAGE);
      return 0;
    case 'status': {
      const readText = (path: string): string | null => (statSync(path).size <= MAX_MANIFEST_BYTES ? readFileSync(path, 'utf8') : null);
      const report = await selfCheck({
        platform: process.platform as Platform,
        home: homedir(),
        env: process.env,
        exists: existsSync,
        readText,
        probe: deps.probe,
      });
      process.stdout.write(report.text);
      return report.ready ? 0 : 1;
    }
    case 'error':
      process.stderr.write(`amtspass-helper: ${command.message}\n`);
      return 2;
    case 'refused':
      deps.log('caller-refused');
      return 1;
  }
}
