import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAusweisApp, readOwnPortFile } from '../../../../helper/ausweisapp/ausweisapp-launcher.ts';

describe('reading the port file of our own AusweisApp child (H9)', () => {
  const dir = (): string => mkdtempSync(join(tmpdir(), 'amtspass-portfile-'));

  it('reads the bare digits of <dir>/AusweisApp2.<pid>.port and the 2.x name', () => {
    const d = dir();
    writeFileSync(join(d, 'AusweisApp2.4242.port'), '41281');
    writeFileSync(join(d, 'AusweisApp.4343.port'), '24728');
    expect(readOwnPortFile(d, 4242)).toBe(41281);
    expect(readOwnPortFile(d, 4343)).toBe(24728);
  });

  it('ignores another PID, a group- or world-writable file, and content that is not a port', () => {
    const d = dir();
    writeFileSync(join(d, 'AusweisApp2.1.port'), '41281');
    expect(readOwnPortFile(d, 2)).toBeNull();
    writeFileSync(join(d, 'AusweisApp2.3.port'), '41281');
    chmodSync(join(d, 'AusweisApp2.3.port'), 0o666);
    expect(readOwnPortFile(d, 3)).toBeNull();
    for (const [pid, text] of [
      [4, '41281\n'],
      [5, '0'],
      [6, '70000'],
      [7, 'abc'],
    ] as const) {
      writeFileSync(join(d, `AusweisApp2.${pid}.port`), text);
      expect(readOwnPortFile(d, pid)).toBeNull();
    }
  });

  it('finds the binary on PATH only when it is executable', () => {
    const d = dir();
    writeFileSync(join(d, 'AusweisApp2'), '#!/bin/sh\n');
    expect(findAusweisApp({ PATH: d }, 'linux')).toBeNull();
    chmodSync(join(d, 'AusweisApp2'), 0o755);
    expect(findAusweisApp({ PATH: d }, 'linux')).toBe(join(d, 'AusweisApp2'));
  });
});
