import { probeAusweisApp } from './ausweisapp/status-probe.ts';
import { AUSWEISAPP_DEFAULT_PORT, connectSdk } from './ausweisapp/sdk-socket.ts';
import { parseHelperArgs } from './cli-args.ts';
import { HELPER_USER_AGENT } from './helper-version.ts';
import { createLog } from './io/log.ts';
import { runCliCommand } from './run-cli-command.ts';
import { serveBrowser } from './serve-browser.ts';

// Composition root of the helper: started by a browser it serves one native-messaging session
// (serve-browser.ts); started by a person or the installer it runs one command (run-cli-command.ts).

/** How long the status probe waits for AusweisApp's handshake and each answer. */
const PROBE_TIMEOUT_MS = 1500;

const log = createLog((line) => process.stderr.write(line));
const args = process.argv.slice(2);
const command = parseHelperArgs(args);
// AMTSPASS_AUSWEISAPP_PORT points the probe at another SDK port (tests, or an AusweisApp started with --port).
const port = Number(process.env.AMTSPASS_AUSWEISAPP_PORT) || AUSWEISAPP_DEFAULT_PORT;
const probe = () =>
  probeAusweisApp({
    connect: () => connectSdk({ port, userAgent: HELPER_USER_AGENT, timeoutMs: PROBE_TIMEOUT_MS }),
    answerTimeoutMs: PROBE_TIMEOUT_MS,
  });

// Not top-level await: the single executable runs this bundle as CommonJS. A plain command that
// succeeded ends by itself, so its output is flushed even to a pipe that drains slowly (Windows).
void (
  command.kind === 'native'
    ? serveBrowser({ port, answerTimeoutMs: PROBE_TIMEOUT_MS, probe, log })
    : runCliCommand(command, { args, probe, log })
).then((code) => {
  process.exitCode = code;
  if (code !== 0 || command.kind === 'native' || command.kind === 'status') process.exit(code);
});
