import type { AusweisAppStatus } from '../ausweisapp/status-probe.ts';
import { BROWSERS, hostFiles, hostManifestLocation, LINUX_SYSTEM_FOLDERS, type Platform } from '../install/host-manifest-locations.ts';
import { sandboxedBrowsers } from '../install/sandboxed-browsers.ts';

export interface SelfCheckInput {
  readonly platform: Platform;
  readonly home: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  /** A file's text, or null when it cannot be read (bounded by the caller). */
  readonly readText: (path: string) => string | null;
  readonly probe: () => Promise<AusweisAppStatus>;
}

/** The quoted paths in a launcher written by `install` (posixLauncher): Node and the helper bundle. */
function launcherTargets(text: string): string[] {
  const line = text.split('\n').find((l) => l.startsWith('exec ')) ?? '';
  return [...line.matchAll(/'((?:[^']|'\\'')*)'/g)].map((m) => (m[1] ?? '').replaceAll(`'\\''`, "'"));
}

/**
 * What a found host manifest says about the program it starts: that program must exist and, for a
 * launcher of a Node-run helper, so must the Node and the bundle it names (a moved checkout).
 */
function manifestState(path: string, input: SelfCheckInput): 'ok' | 'broken' | 'absent' {
  if (!input.exists(path)) return 'absent';
  try {
    const program = (JSON.parse(input.readText(path) ?? '') as { path?: unknown }).path;
    if (typeof program !== 'string' || !input.exists(program)) return 'broken';
    if (!program.endsWith('.sh')) return 'ok';
    const targets = launcherTargets(input.readText(program) ?? '');
    return targets.length === 2 && targets.every((target) => input.exists(target)) ? 'ok' : 'broken';
  } catch {
    return 'broken';
  }
}

/**
 * `amtspass-helper status`: what a citizen or a supporter needs to see, in words: for each browser
 * whether a host manifest is where that browser looks (for this user, or on Linux for all users as the
 * .deb installs it) and whether the program it names still exists (a moved checkout breaks a
 * launcher silently otherwise); sandboxed browsers, and whether AusweisApp answers. Ready when at least
 * one browser finds a working helper; AusweisApp is needed only for the Online-Ausweis, so it is
 * reported, not required. Windows registry keys are not read here (said so in the text).
 */
export async function selfCheck(input: SelfCheckInput): Promise<{ text: string; ready: boolean }> {
  const lines: string[] = ['Amtspass-Hilfsprogramm: Selbsttest / self-check'];
  let found = 0;
  for (const browser of BROWSERS) {
    const user = hostFiles(
      hostManifestLocation({ platform: input.platform, browser, home: input.home, env: input.env }).dir,
      input.platform,
    ).manifest;
    const systemDir = input.platform === 'linux' ? LINUX_SYSTEM_FOLDERS[browser] : undefined;
    const candidates = systemDir ? [user, hostFiles(systemDir, 'linux').manifest] : [user];
    const states = candidates.map((path) => ({ path, state: manifestState(path, input) }));
    const working = states.find((s) => s.state === 'ok');
    const broken = states.find((s) => s.state === 'broken');
    if (working) {
      found++;
      lines.push(`  ${browser.padEnd(9)} eingerichtet / set up: ${working.path}`);
    } else if (broken) {
      lines.push(
        `  ${browser.padEnd(9)} beschädigt, Programm fehlt / broken, program missing: ${broken.path} (bitte neu einrichten / please install again)`,
      );
    } else lines.push(`  ${browser.padEnd(9)} nicht eingerichtet / not set up: ${user}`);
  }
  if (input.platform === 'win32')
    lines.push('  (Windows: Registry-Schlüssel werden hier nicht geprüft / registry keys are not checked here)');
  if (input.platform === 'linux') {
    for (const browser of sandboxedBrowsers(input.home, input.exists)) lines.push(`  ${browser.name}: ${browser.verdict}`);
  }
  const app = await input.probe();
  lines.push(
    app.reachable && !app.problem
      ? `  AusweisApp ${app.version ?? ''} erreichbar / reachable (API ${app.apiLevels.join(', ') || '–'})`
      : `  AusweisApp nicht erreichbar / not reachable${app.problem ? ` (${app.problem})` : ''}: für den Online-Ausweis bitte starten / start it for the Online-Ausweis`,
  );
  const ready = found > 0;
  lines.push(
    ready ? 'Bereit / ready.' : 'Nicht bereit: bitte "amtspass-helper install" ausführen / not ready: run "amtspass-helper install".',
  );
  return { text: `${lines.join('\n')}\n`, ready };
}
