import { CHROMIUM_EXTENSION_IDS, chromiumOrigin, FIREFOX_ADDON_ID } from '../shared/protocol/native-host.ts';

/** What the helper was started to do, read from its argv (pure). */
export type HelperCommand =
  | { readonly kind: 'native'; readonly browser: 'chromium' | 'firefox' }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'status' }
  | { readonly kind: 'install' }
  /** A browser started us for another extension: refused without a word on stdout. */
  | { readonly kind: 'refused' }
  | { readonly kind: 'error'; readonly message: string };

const MAX_SHOWN_ARG = 40;

/**
 * Native messaging only when a browser starts us as a browser does: Chromium passes
 * `chrome-extension://<id>/` (on Windows also `--parent-window=…`), Firefox the manifest path and the
 * add-on id. Anything a person types gets a command or a clear error, never a silent wait on stdin.
 * The id check is not authentication (any local process can pass any argv); it only refuses a browser
 * that starts us on behalf of another extension. `chromiumIds` are the ids this helper was built for
 * (the development id and the store ids, shared/protocol/native-host.ts).
 */
export function parseHelperArgs(args: readonly string[], chromiumIds: readonly string[] = CHROMIUM_EXTENSION_IDS): HelperCommand {
  const [first] = args;
  const origin = args.find((arg) => arg.startsWith('chrome-extension://'));
  if (origin !== undefined)
    return chromiumIds.some((id) => origin === chromiumOrigin(id)) ? { kind: 'native', browser: 'chromium' } : { kind: 'refused' };
  if (args.length >= 2 && first?.endsWith('.json'))
    return args[1] === FIREFOX_ADDON_ID ? { kind: 'native', browser: 'firefox' } : { kind: 'refused' };
  if (first === 'install' || first === 'uninstall') return { kind: 'install' };
  if (args.length === 1 && (first === '--help' || first === '-h' || first === 'help')) return { kind: 'help' };
  if (args.length === 1 && (first === '--version' || first === '-v')) return { kind: 'version' };
  if (args.length === 1 && first === 'status') return { kind: 'status' };
  if (first === undefined) return { kind: 'error', message: 'no command; the browser starts this program itself (try --help)' };
  return { kind: 'error', message: `unknown argument "${first.slice(0, MAX_SHOWN_ARG)}" (try --help)` };
}

/** `--help`: German first, English second. */
export const HELPER_USAGE = `amtspass-helper – Hilfsprogramm der Browser-Erweiterung Amtspass (Online-Ausweis über die AusweisApp)

Der Browser startet dieses Programm selbst; von Hand brauchen Sie nur:
  amtspass-helper status                        prüft Einrichtung und AusweisApp
  amtspass-helper install [--browser B] [--profile DIR]    meldet das Programm beim Browser an
  amtspass-helper uninstall [--browser B] [--profile DIR]  meldet es wieder ab
  amtspass-helper --version | --help
  B: chromium, chrome, edge, brave, vivaldi, firefox oder all (Standard: die gefundenen)

The browser starts this program itself; by hand you only need:
  status       checks the set-up and AusweisApp
  install      registers the program with the browser(s); uninstall removes it again
  --version, --help
`;
