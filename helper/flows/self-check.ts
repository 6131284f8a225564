import type { AusweisAppStatus } from '../ausweisapp/status-probe.ts';
import { BROWSERS, hostFiles, hostManifestLocation, type Platform } from '../install/host-manifest-locations.ts';

export interface SelfCheckInput {
  readonly platform: Platform;
  readonly home: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (path: string) => boolean;
  readonly probe: () => Promise<AusweisAppStatus>;
}

/**
 * `amtspass-helper status`: what a citizen or a supporter needs to see, in words: for each browser
 * whether its host manifest is where that browser looks, and whether AusweisApp answers. Ready when at
 * least one browser finds the helper; AusweisApp is needed only for the Online-Ausweis, so it is
 * reported, not required. Windows registry keys are not read here (said so in the text).
 */
export async function selfCheck(input: SelfCheckInput): Promise<{ text: string; ready: boolean }> {
  const lines: string[] = ['Amtspass-Hilfsprogramm: Selbsttest / self-check'];
  let found = 0;
  for (const browser of BROWSERS) {
    const location = hostManifestLocation({ platform: input.platform, browser, home: input.home, env: input.env });
    const path = hostFiles(location.dir, input.platform).manifest;
    const present = input.exists(path);
    if (present) found++;
    lines.push(`  ${browser.padEnd(9)} ${present ? 'eingerichtet / set up' : 'nicht eingerichtet / not set up'}: ${path}`);
  }
  if (input.platform === 'win32') lines.push('  (Windows: Registry-Schlüssel werden hier nicht geprüft / registry keys are not checked here)');
  const app = await input.probe();
  lines.push(app.reachable && !app.problem
    ? `  AusweisApp ${app.version ?? ''} erreichbar / reachable (API ${app.apiLevels.join(', ') || '–'})`
    : `  AusweisApp nicht erreichbar / not reachable${app.problem ? ` (${app.problem})` : ''}: für den Online-Ausweis bitte starten / start it for the Online-Ausweis`);
  const ready = found > 0;
  lines.push(ready ? 'Bereit / ready.' : 'Nicht bereit: bitte "amtspass-helper install" ausführen / not ready: run "amtspass-helper install".');
  return { text: `${lines.join('\n')}\n`, ready };
}
