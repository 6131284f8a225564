import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait-for.ts';

export interface AusweisAppProcess {
  readonly port: number;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function isPortListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The real AusweisApp2 (Debian 1.26.2), headless (docs/EID.md §10). SDK only by default; with
 * `webservice` also the browser activation endpoint `/eID-Client`. With port 0 it picks a free port
 * and writes it to `$TMPDIR/AusweisApp2.<pid>.port`. Private HOME and TMPDIR keep the user's settings out.
 */
export async function startAusweisApp(options: { port?: number; webservice?: boolean; env?: Readonly<Record<string, string>> } = {}): Promise<AusweisAppProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-ausweisapp-'));
  writeAusweisAppSettings(dir);
  const uis = options.webservice ? ['--ui', 'webservice', '--ui', 'websocket'] : ['--ui', 'websocket'];
  const child: ChildProcess = spawn('AusweisApp2', [...uis, '--port', String(options.port ?? 0)], {
    env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, '.config'), TMPDIR: dir, XDG_RUNTIME_DIR: dir, QT_QPA_PLATFORM: 'offscreen', ...options.env },
    stdio: 'ignore',
  });
  let port = options.port ?? 0;
  if (port === 0) {
    const portFile = join(dir, `AusweisApp2.${child.pid}.port`);
    await waitFor(() => {
      try {
        port = Number(readFileSync(portFile, 'utf8'));
        return port > 0;
      } catch {
        return false;
      }
    }, { what: 'the AusweisApp2 port file', timeoutMs: 15_000 });
  } else {
    await waitFor(() => isPortListening(port), { what: `AusweisApp2 on port ${port}`, timeoutMs: 15_000 });
  }
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

/**
 * AusweisApp2's settings in a private HOME (Debian: `~/.config/Unknown Organization/AusweisApp2.conf`):
 * pre-verification off, so the mock eID server's self-made CVC chain is accepted (docs/EID.md §10, §13).
 */
export function writeAusweisAppSettings(home: string): void {
  const folder = join(home, '.config', 'Unknown Organization');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'AusweisApp2.conf'), '[preverification]\nenabled=false\n');
}
