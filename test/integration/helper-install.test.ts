import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frame } from '../support/helper-process.ts';
import { HELPER_BIN } from '../support/project-paths.ts';

describe('amtspass-helper install / uninstall', () => {
  it('writes working host manifests and launchers for every browser it finds, and removes them again', () => {
    const home = mkdtempSync(join(tmpdir(), 'amtspass-install-'));
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: '' };
    try {
      // Chromium and Firefox have been used on this account: their settings folders exist.
      mkdirSync(join(home, '.config', 'chromium'), { recursive: true });
      mkdirSync(join(home, '.mozilla'));
      const out = execFileSync(HELPER_BIN, ['install'], { env, encoding: 'utf8' });
      const chromium = join(home, '.config/chromium/NativeMessagingHosts/de.amtspass.helper.json');
      const firefox = join(home, '.mozilla/native-messaging-hosts/de.amtspass.helper.json');
      expect(out).toContain(chromium);
      expect(out).toContain(firefox);
      expect(out).toContain(`skipped chrome: not found (${join(home, '.config', 'google-chrome')})`);
      expect(existsSync(join(home, '.config', 'google-chrome'))).toBe(false);
      const manifest = JSON.parse(readFileSync(chromium, 'utf8')) as { path: string };
      expect(statSync(manifest.path).mode & 0o111).not.toBe(0);
      // The launcher really starts the helper: a ping through it gets an answer.
      const reply = execFileSync(manifest.path, ['chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/'], {
        input: Buffer.from(frame({ v: 1, id: 'i', type: 'helper.ping', payload: {} })),
      });
      expect(JSON.parse(reply.subarray(4).toString())).toMatchObject({ id: 'i', result: { ok: true } });
      execFileSync(HELPER_BIN, ['uninstall'], { env });
      expect(existsSync(chromium)).toBe(false);
      expect(existsSync(firefox)).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('refuses bad arguments with exit code 2 and a message', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(HELPER_BIN, ['install', '--browser', 'netscape'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('unknown browser');
  });
});
