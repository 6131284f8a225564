import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { endianness, homedir } from 'node:os';
import { ok } from '../shared/protocol/result.ts';
import { probeAusweisApp } from './ausweisapp/status-probe.ts';
import { AUSWEISAPP_DEFAULT_PORT, connectSdk } from './ausweisapp/sdk-socket.ts';
import { HELPER_USAGE, parseHelperArgs } from './cli-args.ts';
import { selfCheck } from './flows/self-check.ts';
import { findAusweisApp, startOwnAusweisApp } from './ausweisapp/ausweisapp-launcher.ts';
import { fetchSelfInfo } from './eid/fetch-self-info.ts';
import { createEidService } from './flows/eid-service.ts';
import { helperStatus } from './flows/helper-status.ts';
import { HELPER_USER_AGENT, HELPER_VERSION } from './helper-version.ts';
import { parseInstallArgs, runInstall } from './install/install-command.ts';
import type { Platform } from './install/host-manifest-locations.ts';
import { isSingleExecutable } from './io/is-single-executable.ts';
import { createLog } from './io/log.ts';
import { openStdioTransport } from './io/stdio-transport.ts';
import { createNativeSession } from './native-session.ts';

/** How long the status probe waits for AusweisApp's handshake and each answer. */
const PROBE_TIMEOUT_MS = 1500;
/** A host manifest is a few hundred bytes; `status` reads no more than this of one. */
const MAX_MANIFEST_BYTES = 64 * 1024;

const log = createLog((line) => process.stderr.write(line));
const args = process.argv.slice(2);

const command = parseHelperArgs(args);
// AMTSPASS_AUSWEISAPP_PORT points the probe at another SDK port (tests, or an AusweisApp started with --port).
const port = Number(process.env.AMTSPASS_AUSWEISAPP_PORT) || AUSWEISAPP_DEFAULT_PORT;
const probe = () => probeAusweisApp({
  connect: () => connectSdk({ port, userAgent: HELPER_USER_AGENT, timeoutMs: PROBE_TIMEOUT_MS }),
  answerTimeoutMs: PROBE_TIMEOUT_MS,
});

// One async function, not top-level await: the single executable runs this bundle as CommonJS.
async function main(): Promise<void> {
  if (command.kind === 'install') {
    const parsed = parseInstallArgs(args);
    if (!parsed.ok) {
      process.stderr.write(`amtspass-helper: ${parsed.message}\n`);
      process.exit(2);
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
  } else if (command.kind === 'version') {
    process.stdout.write(`${HELPER_VERSION}\n`);
  } else if (command.kind === 'help') {
    process.stdout.write(HELPER_USAGE);
  } else if (command.kind === 'status') {
    const readText = (path: string): string | null => (statSync(path).size <= MAX_MANIFEST_BYTES ? readFileSync(path, 'utf8') : null);
    const report = await selfCheck({ platform: process.platform as Platform, home: homedir(), env: process.env, exists: existsSync, readText, probe });
    process.stdout.write(report.text);
    process.exit(report.ready ? 0 : 1);
  } else if (command.kind === 'error') {
    process.stderr.write(`amtspass-helper: ${command.message}\n`);
    process.exit(2);
  } else if (command.kind === 'refused') {
    log('caller-refused');
    process.exit(1);
  } else {
    const eid = createEidService({
      port,
      connect: (sdkPort) => connectSdk({ port: sdkPort, userAgent: HELPER_USER_AGENT, timeoutMs: PROBE_TIMEOUT_MS }),
      // AMTSPASS_AUSWEISAPP_BINARY=none keeps the helper from starting AusweisApp (tests of the "not installed" path).
      findBinary: () => (process.env.AMTSPASS_AUSWEISAPP_BINARY === 'none' ? null : findAusweisApp(process.env)),
      startOwn: (binary) => startOwnAusweisApp(binary, process.env),
      fetchSelfInfo: (url, providerOrigin) => fetchSelfInfo(url, { providerOrigin, userAgent: HELPER_USER_AGENT, env: process.env }),
      answerTimeoutMs: PROBE_TIMEOUT_MS,
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
        'helper.status': async () =>
          ok(
            await helperStatus({
              version: HELPER_VERSION,
              probe,
            }),
          ),
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
    process.exit(end === 'end' || end === 'truncated' ? 0 : 1);
  }
}

void main();
