import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Binary names before and after AusweisApp's 2.0 rename (docs/EID.md §3). */
const BINARIES = ['AusweisApp', 'AusweisApp2'];
/** Where the official installers put AusweisApp outside PATH. */
const FIXED_PATHS: Readonly<Record<string, readonly string[]>> = {
  darwin: ['/Applications/AusweisApp.app/Contents/MacOS/AusweisApp'],
  win32: ['C:\\Program Files\\AusweisApp\\AusweisApp.exe', 'C:\\Program Files (x86)\\AusweisApp2\\AusweisApp2.exe'],
};
/** How long AusweisApp may take to write its port file (about 0.12 s on a small machine). */
export const AUSWEISAPP_START_TIMEOUT_MS = 15_000;

/** The AusweisApp binary on this machine, or null. */
export function findAusweisApp(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
  const suffix = platform === 'win32' ? '.exe' : '';
  const candidates = [
    ...(env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .flatMap((dir) => BINARIES.map((name) => join(dir, name + suffix))),
    ...(FIXED_PATHS[platform] ?? []),
  ];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export interface OwnAusweisApp {
  readonly port: number;
  /** Start to port file, for the status and the benchmark. */
  readonly readyMs: number;
  stop(): void;
}

/**
 * Starts AusweisApp for the SDK only (`--ui websocket --port 0`, no window) and reads the port file of
 * our own child (docs/EID.md §2). Its TMPDIR is a fresh private directory, so a port file planted in the
 * shared temp directory is never read (docs/SECURITY.md H9); the file must also be ours and not writable
 * by group or others.
 */
export async function startOwnAusweisApp(binary: string, env: NodeJS.ProcessEnv): Promise<OwnAusweisApp | null> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-ausweisapp-'));
  const child: ChildProcess = spawn(binary, ['--ui', 'websocket', '--port', '0'], {
    // offscreen: AusweisApp aborts without a display otherwise; we are its only user interface.
    env: { ...env, TMPDIR: dir, TEMP: dir, TMP: dir, QT_QPA_PLATFORM: env.QT_QPA_PLATFORM ?? 'offscreen' },
    stdio: 'ignore',
  });
  const stop = (): void => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', () => (exited = true));
  const deadline = Date.now() + AUSWEISAPP_START_TIMEOUT_MS;
  while (Date.now() < deadline && !exited && child.pid !== undefined) {
    const port = readOwnPortFile(dir, child.pid);
    if (port !== null) return { port, readyMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  stop();
  return null;
}

/** The port from `<dir>/AusweisApp[2].<pid>.port`, or null while it is missing or not trustworthy. */
export function readOwnPortFile(dir: string, pid: number): number | null {
  for (const name of [`AusweisApp2.${pid}.port`, `AusweisApp.${pid}.port`]) {
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid();
      if (!ours || (stat.mode & 0o022) !== 0 || stat.size > 8) continue;
      const text = readFileSync(file, 'utf8');
      if (!/^\d{1,5}$/.test(text)) continue;
      const port = Number(text);
      if (port > 0 && port < 65536) return port;
    } catch {
      // not written yet
    }
  }
  return null;
}
