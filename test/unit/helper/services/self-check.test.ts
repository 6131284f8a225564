import { describe, expect, it } from 'vitest';
import { selfCheck } from '../../../../helper/services/self-check.ts';

const unreachable = async () => ({ reachable: false, version: null, apiLevels: [], problem: null }) as never;

/** A file system of the given files (path → text); folders exist when a file below them does. */
function disk(files: Record<string, string>) {
  const exists = (path: string): boolean => Object.keys(files).some((f) => f === path || f.startsWith(`${path}/`));
  return { exists, readText: (path: string) => files[path] ?? null };
}

const base = { platform: 'linux' as const, home: '/home/erika', env: {}, probe: unreachable };

describe('helper self-check', () => {
  it("finds the .deb's system-wide manifest and checks that the program it names exists", async () => {
    const files = disk({
      '/etc/chromium/native-messaging-hosts/de.amtspass.helper.json': JSON.stringify({ path: '/usr/lib/amtspass/amtspass-helper' }),
      '/usr/lib/amtspass/amtspass-helper': '',
    });
    const report = await selfCheck({ ...base, ...files });
    expect(report.ready).toBe(true);
    expect(report.text).toContain('chromium  eingerichtet / set up: /etc/chromium/native-messaging-hosts/de.amtspass.helper.json');
    expect(report.text).toContain(
      'firefox   nicht eingerichtet / not set up: /home/erika/.mozilla/native-messaging-hosts/de.amtspass.helper.json',
    );
  });

  it('calls a manifest whose program has moved broken, and is not ready on it alone', async () => {
    const files = disk({
      '/home/erika/.config/chromium/NativeMessagingHosts/de.amtspass.helper.json': JSON.stringify({ path: '/home/erika/alt/launcher.sh' }),
    });
    const report = await selfCheck({ ...base, ...files });
    expect(report.ready).toBe(false);
    expect(report.text).toContain('chromium  beschädigt, Programm fehlt / broken, program missing');
  });

  it('calls unreadable or non-JSON manifests broken rather than failing', async () => {
    const report = await selfCheck({ ...base, exists: () => true, readText: () => '{not json' });
    expect(report.ready).toBe(false);
    expect(report.text).toContain('beschädigt');
  });

  it('names Snap and Flatpak browsers and says what works with them', async () => {
    const files = disk({ '/snap/chromium/current': '', '/home/erika/.local/share/flatpak/app/org.mozilla.firefox/x': '' });
    const report = await selfCheck({ ...base, ...files });
    expect(report.text).toContain('Chromium (Snap): kann kein Hilfsprogramm außerhalb des Snaps starten');
    expect(report.text).toContain('org.mozilla.firefox (Flatpak): kann kein Hilfsprogramm außerhalb der Sandbox starten');
  });
});
