import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startAusweisApp, writeAusweisAppSettings } from '../test/support/ausweisapp-process.ts';
import { startHelper, type HelperProcess } from '../test/support/helper-process.ts';
import { startMockEidServer, type MockEidServer } from '../test/support/mock-eid-server.ts';
import { realAusweisApps, type RealAusweisApp } from '../test/support/real-ausweisapps.ts';
import { median, type BenchResult } from './bench-stats.ts';

/** Budget of the eID issue: time the helper adds to a complete RUN_AUTH over direct SDK use. */
export const EID_ADDED_BUDGET_MS = 50;
const GAP_MS = 300;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The same complete flow a bare SDK client runs (docs/EID.md §6, with the helper's own checks: INFO, API
 * level, reader list): connect → AUTH result. Null when the 1.26.2 Simulator race hit (retried).
 */
async function directRun(port: number, tcTokenURL: string): Promise<number | null> {
  const started = performance.now();
  const socket = new WebSocket(`ws://127.0.0.1:${port}/eID-Kernel`, { headers: { 'User-Agent': 'bench' } });
  const queue: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    queue.push(JSON.parse(data.toString('utf8')) as Record<string, unknown>);
    for (const wake of [...waiters]) wake();
  });
  const until = async (msg: string, check: (m: Record<string, unknown>) => boolean = () => true): Promise<Record<string, unknown>> => {
    for (;;) {
      const index = queue.findIndex((m) => (msg === '' || m.msg === msg) && check(m));
      if (index >= 0) return queue.splice(0, index + 1).at(-1) as Record<string, unknown>;
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
    }
  };
  const send = (command: object): void => socket.send(JSON.stringify(command));
  await new Promise((resolve) => socket.once('open', resolve));
  try {
    send({ cmd: 'GET_INFO' });
    send({ cmd: 'GET_API_LEVEL' });
    await until('INFO');
    await until('API_LEVEL');
    send({ cmd: 'SET_API_LEVEL', level: 2 });
    await until('API_LEVEL');
    send({ cmd: 'RUN_AUTH', tcTokenURL, status: true });
    await until('ACCESS_RIGHTS');
    send({ cmd: 'GET_CERTIFICATE' });
    await until('CERTIFICATE');
    send({ cmd: 'SET_ACCESS_RIGHTS', chat: ['DateOfBirth', 'Address'] });
    await until('ACCESS_RIGHTS');
    send({ cmd: 'ACCEPT' });
    await until('INSERT_CARD');
    send({ cmd: 'GET_READER_LIST' });
    await until('READER_LIST');
    send({ cmd: 'SET_CARD', name: 'Simulator' });
    const next = await until('', (m) => m.msg === 'ENTER_PIN' || (m.msg === 'AUTH' && m.result !== undefined));
    if (next.msg === 'AUTH') return null;
    send({ cmd: 'SET_PIN' });
    const auth = await until('AUTH', (m) => m.result !== undefined);
    return String((auth.result as { major: string }).major).endsWith('#ok') ? performance.now() - started : null;
  } finally {
    socket.close();
  }
}

let id = 0;
async function call(helper: HelperProcess, type: string, payload: unknown): Promise<{ ok: boolean; value?: Record<string, unknown> }> {
  helper.send({ v: 1, id: `b${++id}`, type, payload });
  return (await helper.next(30_000)).result as { ok: boolean; value?: Record<string, unknown> };
}

/** The same flow through the helper process (native framing on stdio): eid.start → … → done. */
async function helperRun(helper: HelperProcess, mock: MockEidServer): Promise<number | null> {
  const started = performance.now();
  const start = await call(helper, 'eid.start', { tcTokenURL: mock.tcTokenURL, allowedOrigins: [mock.origin], purpose: 'signin' });
  const flowId = start.value?.flowId as string;
  await call(helper, 'eid.act', { flowId, action: { type: 'accept', optional: ['DateOfBirth', 'Address'] } });
  const pin = await call(helper, 'eid.act', { flowId, action: { type: 'insertCard', reader: 'Simulator' } });
  if ((pin.value as { state: string }).state !== 'pin') return null;
  const done = await call(helper, 'eid.act', { flowId, action: { type: 'enter', kind: 'pin' } });
  return (done.value as { ok?: boolean }).ok === true ? performance.now() - started : null;
}

/** Start of AusweisApp by the helper (no AusweisApp running) to its port file, from the helper's log. */
async function startToReady(mock: MockEidServer, real: RealAusweisApp): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), 'amtspass-bench-home-'));
  writeAusweisAppSettings(home);
  const path = real.pathDir ? `${real.pathDir}:${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
  const helper = startHelper({
    env: { ...real.env, PATH: path, AMTSPASS_AUSWEISAPP_PORT: '9', HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  try {
    const start = await call(helper, 'eid.start', { tcTokenURL: mock.tcTokenURL, allowedOrigins: [mock.origin], purpose: 'signin' });
    await call(helper, 'eid.act', { flowId: start.value?.flowId, action: { type: 'cancel' } });
    const line =
      helper
        .stderr()
        .split('\n')
        .find((l) => l.includes('ausweisapp-started')) ?? '';
    return Number(/"detail":"(\d+) ms"/.exec(line)?.[1] ?? Number.NaN);
  } finally {
    helper.child.stdin.end();
    await helper.exited;
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Per real AusweisApp version (test/support/real-ausweisapps.ts): a complete RUN_AUTH by a bare SDK
 * client and through the helper, interleaved in one run, and the difference against the budget.
 */
export async function benchEidFlow(runs = 15): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const real of realAusweisApps()) results.push(...(await benchOneVersion(real, runs)));
  return results;
}

async function benchOneVersion(real: RealAusweisApp, runs: number): Promise<BenchResult[]> {
  const mock = await startMockEidServer({ refresh: 'page' });
  const app = await startAusweisApp({ app: real });
  const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(app.port) } });
  const direct: number[] = [];
  const through: number[] = [];
  let races = 0;
  try {
    // Interleaved, so drift in AusweisApp or the machine hits both sides alike; a race is retried.
    for (let attempts = 0; (direct.length < runs || through.length < runs) && attempts < runs * 6; attempts++) {
      await sleep(GAP_MS);
      if (direct.length <= through.length) {
        const ms = await directRun(app.port, mock.tcTokenURL);
        if (ms === null) races++;
        else direct.push(ms);
      } else {
        const ms = await helperRun(helper, mock);
        if (ms === null) races++;
        else through.push(ms);
      }
    }
    console.log(`eID bench, ${real.label}: ${direct.length} direct and ${through.length} helper runs, ${races} Simulator races retried`);
    const figures: BenchResult[] = [
      {
        name: `RUN_AUTH direct SDK client (${real.label}, reference)`,
        unit: 'ms',
        median: median(direct),
        runs: direct.length,
        budget: Number.POSITIVE_INFINITY,
      },
      {
        name: `RUN_AUTH through the helper (${real.label}, reference)`,
        unit: 'ms',
        median: median(through),
        runs: through.length,
        budget: Number.POSITIVE_INFINITY,
      },
      {
        name: `eID flow: time the helper adds over direct SDK use (${real.label})`,
        unit: 'ms',
        median: median(through) - median(direct),
        runs: Math.min(direct.length, through.length),
        budget: EID_ADDED_BUDGET_MS,
      },
    ];
    // Only an AusweisApp on the host can be started by the helper; a chroot's cannot (docs/EID.md §10).
    if (real.chrootDir === null) {
      const ready: number[] = [];
      for (let i = 0; i < 5; i++) ready.push(await startToReady(mock, real));
      figures.push({
        name: `${real.label}: start to ready when the helper starts it`,
        unit: 'ms',
        median: median(ready),
        runs: ready.length,
        budget: Number.POSITIVE_INFINITY,
      });
    }
    return figures;
  } finally {
    helper.child.stdin.end();
    await helper.exited;
    await app.stop();
    await mock.close();
  }
}
