import { endianness } from 'node:os';
import { ok } from '../shared/protocol/result.ts';
import { connectSdk } from './ausweisapp/sdk-socket.ts';
import { findAusweisApp, startOwnAusweisApp } from './ausweisapp/ausweisapp-launcher.ts';
import { fetchSelfInfo } from './self-info/fetch-self-info.ts';
import { createEidService } from './services/eid-service.ts';
import { helperStatus } from './services/helper-status.ts';
import { HELPER_USER_AGENT, HELPER_VERSION } from './helper-version.ts';
import type { Log } from './io/log.ts';
import { openStdioTransport } from './io/stdio-transport.ts';
import { createNativeSession } from './native-session.ts';
import type { AusweisAppStatus } from './ausweisapp/status-probe.ts';

/**
 * The helper as the browser starts it (native messaging): one session over stdin/stdout, the eID
 * flows behind it, and the exit code the browser expects. Resolves with that exit code.
 */
export async function serveBrowser(deps: {
  port: number;
  answerTimeoutMs: number;
  probe: () => Promise<AusweisAppStatus>;
  log: Log;
}): Promise<number> {
  const { log, probe } = deps;
  const eid = createEidService({
    port: deps.port,
    connect: (sdkPort) => connectSdk({ port: sdkPort, userAgent: HELPER_USER_AGENT, timeoutMs: deps.answerTimeoutMs }),
    // AMTSPASS_AUSWEISAPP_BINARY=none keeps the helper from starting AusweisApp (tests of the "not installed" path).
    findBinary: () => (process.env.AMTSPASS_AUSWEISAPP_BINARY === 'none' ? null : findAusweisApp(process.env)),
    startOwn: (binary) => startOwnAusweisApp(binary, process.env),
    fetchSelfInfo: (url, providerOrigin) => fetchSelfInfo(url, { providerOrigin, userAgent: HELPER_USER_AGENT, env: process.env }),
    answerTimeoutMs: deps.answerTimeoutMs,
    note: (event, detail) => log(event, { detail }),
  });
  // The AusweisApp we started goes with us, however we end (stdin closed, or the browser's SIGTERM).
  process.once('exit', () => eid.stop());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
  const transport = openStdioTransport({
    input: process.stdin,
    output: process.stdout,
    littleEndian: endianness() === 'LE',
    onFrame: (body) => session.onFrame(body),
  });
  const session = createNativeSession({
    transport,
    log,
    handlers: {
      'helper.status': async () => ok(await helperStatus({ version: HELPER_VERSION, probe })),
      'helper.ping': async () => ok({}),
      'eid.status': async () => ok(await eid.status()),
      'eid.start': (request) => eid.start(request),
      'eid.changePin': () => eid.changePin(),
      'eid.act': (request) => eid.act(request.flowId, request.action),
    },
  });
  log('started', { detail: HELPER_VERSION });
  const end = await transport.ended;
  log('input-ended', { detail: end });
  await session.finish(end);
  return end === 'end' || end === 'truncated' ? 0 : 1;
}
