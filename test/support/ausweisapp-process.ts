import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { RealAusweisApp } from './real-ausweisapps.ts';
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
 * A real AusweisApp, headless (docs/EID.md §10): Debian 12's AusweisApp2 1.26.2 unless `app` names another
 * (test/support/real-ausweisapps.ts). SDK only by default; with `webservice` also the browser activation
 * endpoint `/eID-Client`. With port 0 it picks a free port and writes it to `$TMPDIR/<binary>.<pid>.port`.
 * Private HOME and TMPDIR keep the user's settings out; one that runs in a chroot gets them inside its root
 * (chroot execs the app, so the PID is the app's).
 */
export async function startAusweisApp(
  options: {
    port?: number;
    webservice?: boolean;
    env?: Readonly<Record<string, string>>;
    app?: RealAusweisApp;
    basicReader?: boolean;
  } = {},
): Promise<AusweisAppProcess> {
  const app = options.app ?? null;
  const binaryName = app?.binaryName ?? 'AusweisApp2';
  const base = app?.chrootDir ? join(app.chrootDir, 'tmp') : tmpdir();
  const dir = mkdtempSync(join(base, 'amtspass-ausweisapp-'));
  const seen = app?.chrootDir ? `/tmp/${basename(dir)}` : dir;
  writeAusweisAppSettings(dir, { basicReader: options.basicReader ?? false });
  const uis = options.webservice ? ['--ui', 'webservice', '--ui', 'websocket'] : ['--ui', 'websocket'];
  const args = [...uis, '--port', String(options.port ?? 0)];
  const [command, commandArgs] = app?.chrootDir ? ['chroot', [app.chrootDir, app.binary, ...args]] : [app?.binary ?? 'AusweisApp2', args];
  const child: ChildProcess = spawn(command, commandArgs, {
    env: {
      ...process.env,
      ...app?.env,
      HOME: seen,
      XDG_CONFIG_HOME: join(seen, '.config'),
      TMPDIR: seen,
      XDG_RUNTIME_DIR: seen,
      QT_QPA_PLATFORM: 'offscreen',
      ...options.env,
    },
    stdio: 'ignore',
  });
  let port = options.port ?? 0;
  if (port === 0) {
    const portFile = join(dir, `${binaryName}.${child.pid}.port`);
    await waitFor(
      () => {
        try {
          port = Number(readFileSync(portFile, 'utf8'));
          return port > 0;
        } catch {
          return false;
        }
      },
      { what: `the ${binaryName} port file`, timeoutMs: 15_000 },
    );
  } else {
    await waitFor(() => isPortListening(port), { what: `${binaryName} on port ${port}`, timeoutMs: 15_000 });
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
 * AusweisApp's settings in a private HOME: pre-verification off, so the mock eID server's self-made CVC
 * chain is accepted (docs/EID.md §10, §13); `basicReader` makes the Simulator a reader without keypad
 * (≥ 2.2, §9). Debian's 1.26.2 and 2.0.1 read `~/.config/Unknown Organization/AusweisApp2.conf`, 2.3 reads
 * `~/.config/AusweisApp/AusweisApp2.conf`: both are written.
 */
export function writeAusweisAppSettings(home: string, options: { basicReader?: boolean } = {}): void {
  const simulator = options.basicReader ? '[simulator]\nbasicReader=true\n' : '';
  for (const organisation of ['Unknown Organization', 'AusweisApp']) {
    const folder = join(home, '.config', organisation);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'AusweisApp2.conf'), `[preverification]\nenabled=false\n${simulator}`);
  }
}
