import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../shared/protocol/native-host.ts';
import { CHROMIUM_ARGV, startHelper } from '../support/helper-process.ts';
import { PACKAGED, packaged } from '../support/packaged-files.ts';

const home = mkdtempSync(join(tmpdir(), 'amtspass-exe-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// No Node anywhere on PATH: the executable must not need one.
const env = { HOME: home, PATH: '/nonexistent', AMTSPASS_AUSWEISAPP_PORT: '9' };

describe('the Linux helper executable (Node single executable)', () => {
  it('answers --version and status without Node on PATH', () => {
    const exe = packaged(PACKAGED.linuxExecutable);
    const version = spawnSync(exe, ['--version'], { env, encoding: 'utf8', input: '' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(PACKAGED.version);
    const status = spawnSync(exe, ['status'], { env, encoding: 'utf8', input: '' });
    expect(status.stdout).toContain('Amtspass-Hilfsprogramm: Selbsttest / self-check');
    expect(status.stdout).toContain('AusweisApp nicht erreichbar / not reachable');
  });

  it('answers helper.status over native messaging when a browser starts it for our extension', async () => {
    const helper = startHelper({ bin: packaged(PACKAGED.linuxExecutable), env, args: [...CHROMIUM_ARGV] });
    helper.send({ v: 1, id: 's1', type: 'helper.status', payload: {} });
    expect(await helper.next(30_000)).toMatchObject({ id: 's1', result: { ok: true, value: { helper: { version: PACKAGED.version } } } });
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
  });

  it('refuses, silently and with exit 1, a browser that starts it for an extension id it was not built for', async () => {
    for (const args of [
      ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/'],
      ['/x/de.amtspass.helper.json', `not-${FIREFOX_ADDON_ID}`],
    ]) {
      const helper = startHelper({ bin: packaged(PACKAGED.linuxExecutable), env, args });
      helper.send({ v: 1, id: 's2', type: 'helper.status', payload: {} });
      expect(await helper.exited).toBe(1);
      await expect(helper.next(100)).rejects.toThrow();
    }
  });

  it('writes a host manifest that names the executable itself, no launcher and no Node', () => {
    const install = spawnSync(packaged(PACKAGED.linuxExecutable), ['install', '--browser', 'chromium'], {
      env,
      encoding: 'utf8',
      input: '',
    });
    expect(install.status).toBe(0);
    const status = spawnSync(PACKAGED.linuxExecutable, ['status'], { env, encoding: 'utf8', input: '' });
    expect(status.status).toBe(0);
    expect(status.stdout).toContain(
      `chromium  eingerichtet / set up: ${join(home, '.config', 'chromium', 'NativeMessagingHosts', 'de.amtspass.helper.json')}`,
    );
  });
});

describe('the Windows and macOS executables (built here, not run here: see the Windows installer test)', () => {
  it('are an x86-64 PE console program and an x86-64 Mach-O program, each with the helper inside', () => {
    const exe = readFileSync(packaged(PACKAGED.windowsExecutable));
    expect(exe.toString('latin1', 0, 2)).toBe('MZ');
    const pe = exe.readUInt32LE(0x3c);
    expect(exe.toString('latin1', pe, pe + 4)).toBe('PE\0\0');
    expect(exe.readUInt16LE(pe + 4)).toBe(0x8664); // machine: x86-64
    expect(exe.readUInt16LE(pe + 24 + 68)).toBe(3); // subsystem: console (native messaging uses stdio)
    const macho = readFileSync(packaged(PACKAGED.macosExecutable));
    expect(macho.readUInt32LE(0)).toBe(0xfeedfacf); // 64-bit Mach-O
    expect(macho.readUInt32LE(4)).toBe(0x01000007); // CPU: x86-64
    for (const binary of [exe, macho]) expect(binary.includes('Amtspass-Hilfsprogramm: Selbsttest')).toBe(true);
  });
});
