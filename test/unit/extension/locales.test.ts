import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS, AUDIT_OUTCOMES } from '../../../shared/domain/audit-entry.ts';
import { ACCESS_RIGHTS, EID_FAILURES } from '../../../shared/protocol/eid-messages.ts';
import { ERROR_CODES } from '../../../shared/protocol/errors.ts';
import { PROJECT_ROOT } from '../../support/project-paths.ts';

const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'extension', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const de = locale('de');
const en = locale('en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI strings (German first, English second)', () => {
  it('message names are what the browsers accept ([A-Za-z0-9_@]; one bad name and Chromium loads no extension)', () => {
    expect(Object.keys(de).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });

  it('both locales have the same keys and no empty message', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    expect(
      Object.entries(de)
        .filter(([, v]) => !v.message.trim())
        .map(([k]) => k),
    ).toEqual([]);
    expect(
      Object.entries(en)
        .filter(([, v]) => !v.message.trim())
        .map(([k]) => k),
    ).toEqual([]);
  });

  it('every literal key the extension asks for exists', () => {
    const used = new Set<string>();
    for (const file of sources(join(PROJECT_ROOT, 'extension'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !(key in de))).toEqual([]);
  });

  it('every key built from a closed set exists', () => {
    const built = [
      ...ERROR_CODES.map((c) => `error${c}`),
      ...EID_FAILURES.map((f) => `eidFailure_${f}`),
      ...ACCESS_RIGHTS.map((r) => `right_${r}`),
      ...AUDIT_KINDS.map((k) => `auditKind_${k.replace('-', '_')}`),
      ...AUDIT_OUTCOMES.map((o) => `auditOutcome_${o}`),
      ...['low', 'substantial', 'high'].map((l) => `trust_${l}`),
      ...['person', 'address', 'contact', 'accounts', 'document'].map((g) => `group_${g}`),
      ...['pin', 'can', 'puk'].flatMap((k) => [`eidEnter_${k}`, `eidLabel_${k}`]),
      ...[0, 1, 2, 3, 4].map((s) => `strength${s}`),
    ];
    expect(built.filter((key) => !(key in de))).toEqual([]);
  });
});
