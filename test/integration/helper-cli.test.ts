import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HELPER_BIN } from '../support/project-paths.ts';

const home = mkdtempSync(join(tmpdir(), 'amtspass-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** The built helper run by hand, as a person types it; stdin closed, so nothing can wait on it. */
function run(args: string[]) {
  // Nothing listens on port 9: the AusweisApp probe answers "not reachable" at once.
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), AMTSPASS_AUSWEISAPP_PORT: '9' };
  const result = spawnSync(HELPER_BIN, args, { env, encoding: 'utf8', input: '', timeout: 30_000 });
  return { code: result.status, out: result.stdout, err: result.stderr, timedOut: result.error !== undefined };
}

describe('helper run by hand: commands or clear errors, never a silent wait', () => {
  it('prints its usage for --help, German first', () => {
    const { code, out, timedOut } = run(['--help']);
    expect(timedOut).toBe(false);
    expect(code).toBe(0);
    expect(out.indexOf('Der Browser startet dieses Programm selbst')).toBeLessThan(out.indexOf('The browser starts this program itself'));
    expect(out).toContain('amtspass-helper status');
  });

  it('prints its version', () => {
    const { code, out } = run(['--version']);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([[[]], [['--hilfe']], [['status', 'extra']], [['<script>'.repeat(40)]]])(
    'refuses %j with exit code 2 and says why, bounded',
    (args) => {
      const { code, out, err, timedOut } = run(args);
      expect(timedOut).toBe(false);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^amtspass-helper: (no command|unknown argument)/);
      expect(err.length).toBeLessThan(200);
    },
  );

  it('says per browser whether it is set up, and whether AusweisApp answers; ready once installed', () => {
    const before = run(['status']);
    expect(before.code).toBe(1);
    expect(before.out).toContain('chromium  nicht eingerichtet / not set up');
    expect(before.out).toContain('AusweisApp nicht erreichbar / not reachable');
    expect(run(['install', '--browser', 'chromium']).code).toBe(0);
    const after = run(['status']);
    expect(after.code).toBe(0);
    expect(after.out).toContain(
      `chromium  eingerichtet / set up: ${join(home, '.config', 'chromium', 'NativeMessagingHosts', 'de.amtspass.helper.json')}`,
    );
    expect(after.out).toContain('firefox   nicht eingerichtet / not set up');
    expect(after.out).toContain('Bereit / ready.');
  });

  it('without --browser sets up only the browsers it finds, and reports a launcher whose program moved', () => {
    const other = mkdtempSync(join(tmpdir(), 'amtspass-cli-home-'));
    try {
      mkdirSync(join(other, '.mozilla'));
      const env = { ...process.env, HOME: other, XDG_CONFIG_HOME: join(other, '.config'), AMTSPASS_AUSWEISAPP_PORT: '9' };
      const install = spawnSync(HELPER_BIN, ['install'], { env, encoding: 'utf8', input: '' });
      expect(install.status).toBe(0);
      expect(install.stdout).toContain(`wrote ${join(other, '.mozilla', 'native-messaging-hosts', 'de.amtspass.helper.json')}`);
      expect(install.stdout).toMatch(/skipped chromium: not found/);
      expect(install.stdout).toMatch(/skipped edge: not found/);
      const status = () => spawnSync(HELPER_BIN, ['status'], { env, encoding: 'utf8', input: '' });
      expect(status().stdout).toContain('firefox   eingerichtet / set up');
      // The checkout moves: the launcher stays, the bundle it names is gone.
      const copy = join(other, 'amtspass-helper.mjs');
      copyFileSync(HELPER_BIN, copy);
      const moved = spawnSync(process.execPath, [copy, 'install', '--browser', 'firefox'], { env, encoding: 'utf8', input: '' });
      expect(moved.status).toBe(0);
      rmSync(copy);
      expect(status().status).toBe(1);
      expect(status().stdout).toContain('firefox   beschädigt, Programm fehlt / broken, program missing');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
