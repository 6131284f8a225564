/** A browser installed as a Snap or a Flatpak, found by its install folder. */
export interface SandboxedBrowser {
  readonly name: string;
  /** German first, English second: what works with Amtspass and what does not. */
  readonly verdict: string;
}

const SNAPS = [
  {
    name: 'Firefox (Snap)',
    path: '/snap/firefox',
    verdict:
      'kann das Hilfsprogramm nur über das Desktop-Portal starten und fragt dann um Erlaubnis; hier nicht getestet / can start the helper only through the desktop portal, asking first; untested here',
  },
  {
    name: 'Chromium (Snap)',
    path: '/snap/chromium',
    verdict:
      'kann kein Hilfsprogramm außerhalb des Snaps starten: Anmelden und Ausfüllen gehen, der Online-Ausweis nicht / cannot start a helper outside the snap: sign-in and filling work, the Online-Ausweis does not',
  },
] as const;

const FLATPAKS = [
  'org.mozilla.firefox',
  'org.chromium.Chromium',
  'com.google.Chrome',
  'com.microsoft.Edge',
  'com.brave.Browser',
  'com.vivaldi.Vivaldi',
] as const;
const FLATPAK_VERDICT =
  "kann kein Hilfsprogramm außerhalb der Sandbox starten: Anmelden und Ausfüllen gehen, der Online-Ausweis nicht; bitte das Paket der Distribution verwenden / cannot start a helper outside its sandbox: sign-in and filling work, the Online-Ausweis does not; use the distribution's package";

/**
 * Snap and Flatpak browsers run sandboxed and do not read the host folders the installers write, so
 * `status` names them and says plainly what works (pure apart from `exists`).
 */
export function sandboxedBrowsers(home: string, exists: (path: string) => boolean): SandboxedBrowser[] {
  const found: SandboxedBrowser[] = [];
  for (const snap of SNAPS) if (exists(snap.path)) found.push({ name: snap.name, verdict: snap.verdict });
  for (const id of FLATPAKS) {
    if (exists(`/var/lib/flatpak/app/${id}`) || exists(`${home}/.local/share/flatpak/app/${id}`)) {
      found.push({ name: `${id} (Flatpak)`, verdict: FLATPAK_VERDICT });
    }
  }
  return found;
}
