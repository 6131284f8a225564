import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait-for.ts';

export interface AusweisAppProcess {
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * The real AusweisApp2 (Debian 1.26.2), SDK only, headless, on a free port that it writes to
 * `$TMPDIR/AusweisApp2.<pid>.port` (EID.md §10). Private HOME and TMPDIR keep the user's settings out.
 */
export async function startAusweisApp(): Promise<AusweisAppProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-ausweisapp-'));
  const child: ChildProcess = spawn('AusweisApp2', ['--ui', 'websocket', '--port', '0'], {
    env: { ...process.env, HOME: dir, TMPDIR: dir, XDG_RUNTIME_DIR: dir, QT_QPA_PLATFORM: 'offscreen' },
    stdio: 'ignore',
  });
  const portFile = join(dir, `AusweisApp2.${child.pid}.port`);
  let port = 0;
  await waitFor(() => {
    try {
      port = Number(readFileSync(portFile, 'utf8'));
      return port > 0;
    } catch {
      return false;
    }
  }, { what: 'the AusweisApp2 port file', timeoutMs: 15_000 });
  return {
    port,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
