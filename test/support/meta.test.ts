import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { ERROR_CODES } from '../../shared/protocol/errors.ts';
import { nativeProtocol } from '../../shared/protocol/native-protocol.ts';
import type { ProtocolSpec } from '../../shared/protocol/protocol-spec.ts';
import { tabProtocol } from '../../shared/protocol/tab-protocol.ts';
import { uiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { PROJECT_ROOT } from './project-paths.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = ['extension', 'helper', 'shared'].flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)));

describe('conventions (docs/STYLE.md)', () => {
  it('keeps source files under 400 lines', () => {
    const long = sources.filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map((f) => relative(PROJECT_ROOT, f));
    expect(long).toEqual([]);
  });

  it('has no grab-bag or barrel files', () => {
    const banned = sources
      .filter((f) => /(^|\/)(utils|helpers|common|index)\.tsx?$|\/misc\//.test(f))
      .map((f) => relative(PROJECT_ROOT, f));
    expect(banned).toEqual([]);
  });

  it('uses no enum and no any', () => {
    const offending = sources
      .filter((f) => /\benum\s+\w+\s*\{|:\s*any\b|as any\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(PROJECT_ROOT, f));
    expect(offending).toEqual([]);
  });

  it('documents every message type in shared/protocol/PROTOCOL.md', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'shared/protocol/PROTOCOL.md'), 'utf8');
    const types = [
      ...Object.keys(contentProtocol),
      ...Object.keys(uiProtocol),
      ...Object.keys(nativeProtocol),
      ...Object.keys(tabProtocol),
    ];
    expect(types.filter((type) => !doc.includes(`### \`${type}\``))).toEqual([]);
  });

  it('keeps the content and UI tables apart, so no type has two sender rules', () => {
    expect(Object.keys(contentProtocol).filter((type) => type in uiProtocol)).toEqual([]);
  });

  it('declares who may send each message', () => {
    const tables: ProtocolSpec[] = [contentProtocol, uiProtocol, nativeProtocol];
    for (const table of tables) {
      for (const [type, entry] of Object.entries(table)) expect(entry.from.length, type).toBeGreaterThan(0);
    }
  });
});

describe('protocol table of the UI', () => {
  it('admits no content script to any UI message', () => {
    const table: ProtocolSpec = uiProtocol;
    expect(
      Object.entries(table)
        .filter(([, entry]) => entry.from.includes('content'))
        .map(([type]) => type),
    ).toEqual([]);
  });

  it('lists every error code in shared/protocol/PROTOCOL.md', () => {
    const doc = readFileSync(join(PROJECT_ROOT, 'shared/protocol/PROTOCOL.md'), 'utf8');
    expect(ERROR_CODES.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});
