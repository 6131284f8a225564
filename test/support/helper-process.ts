import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEVELOPMENT_EXTENSION_ID } from '../../shared/protocol/native-host.ts';
import { HELPER_BIN } from './project-paths.ts';

/** The argv Chromium starts a native host with for our extension. */
export const CHROMIUM_ARGV: readonly string[] = [`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`];

export interface HelperProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Raw bytes to stdin. */
  write(bytes: Uint8Array): void;
  /** A length-prefixed JSON frame to stdin. */
  send(message: unknown): void;
  /** The next decoded frame from stdout (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
  stderr(): string;
}

export function frame(message: unknown): Uint8Array {
  const body = Buffer.from(JSON.stringify(message));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length);
  return Buffer.concat([head, body]);
}

/** Starts the built helper as a browser would: stdio pipes, argv of the browser's choosing (Chromium's for our id by default). */
export function startHelper(options: { args?: string[]; env?: Readonly<Record<string, string>>; bin?: string } = {}): HelperProcess {
  const bin = options.bin ?? HELPER_BIN;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build (or npm run package for the executables) first`);
  const child = spawn(bin, options.args ?? CHROMIUM_ARGV, { env: { ...process.env, ...options.env }, stdio: 'pipe' });
  let out = Buffer.alloc(0);
  let err = '';
  const frames: Record<string, unknown>[] = [];
  const waiters: ((f: Record<string, unknown>) => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out = Buffer.concat([out, chunk]);
    while (out.length >= 4 && out.length >= 4 + out.readUInt32LE(0)) {
      const length = out.readUInt32LE(0);
      const decoded = JSON.parse(out.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>;
      out = out.subarray(4 + length);
      const waiter = waiters.shift();
      if (waiter) waiter(decoded);
      else frames.push(decoded);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    write: (bytes) => child.stdin.write(bytes),
    send: (message) => child.stdin.write(frame(message)),
    next(timeoutMs = 5000) {
      const queued = frames.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no frame from helper')), timeoutMs);
        waiters.push((f) => {
          clearTimeout(timer);
          resolve(f);
        });
      });
    },
    exited,
    stderr: () => err,
  };
}
