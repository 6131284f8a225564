import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/project-paths.ts';

/**
 * Every `*.md` a file of the project names must open for someone who cloned only the project: the
 * name resolves from the citing file's folder or from the repository root, and a cited section
 * (`docs/SECURITY.md §3.1.5`) exists as a numbered heading there (or its parent does, for numbered
 * points inside a section).
 */
const TEXT = /\.(ts|tsx|mjs|js|md|html|json|css|sh)$|^\.ci\/run$/;
const REFERENCE = /(?<![\w-])((?:\.{1,2}\/|[\w-]+\/)*[\w-]+\.md)\b(?:\s*§\s*(\d+(?:\.\d+)*[a-z]?))?/g;

function trackedTextFiles(): string[] {
  return execFileSync('git', ['ls-files'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && TEXT.test(f) && f !== 'package-lock.json' && existsSync(join(PROJECT_ROOT, f)));
}

function headingNumbers(file: string): Set<string> {
  const numbers = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (match?.[1]) numbers.add(match[1]);
  }
  return numbers;
}

function resolveReference(from: string, name: string): string | null {
  for (const candidate of [join(PROJECT_ROOT, dirname(from), name), join(PROJECT_ROOT, name)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

describe('documentation references', () => {
  const files = trackedTextFiles();
  const references: { from: string; name: string; section: string | undefined }[] = [];
  for (const from of files) {
    const text = readFileSync(join(PROJECT_ROOT, from), 'utf8');
    for (const match of text.matchAll(REFERENCE)) {
      const name = match[1] as string;
      // URLs and package documentation are not the project's documents.
      const before = text.slice(Math.max(0, (match.index ?? 0) - 200), match.index);
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 2);
      if (/https?:\/\/\S*$/.test(before) || name.includes('node_modules')) continue;
      // The text of a Markdown link ([name](target)) is not a path: the target is checked instead.
      if (before.endsWith('[') && after === '](') continue;
      references.push({ from, name, section: match[2] });
    }
  }

  it('finds the references it checks', () => {
    expect(references.length).toBeGreaterThan(150);
    expect(references.some((r) => r.name === 'docs/SECURITY.md' && r.section === '3.1.5')).toBe(true);
  });

  it('resolves every cited document inside the repository', () => {
    const missing = references.filter((r) => resolveReference(r.from, r.name) === null).map((r) => `${r.from}: ${r.name}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('finds every cited section as a heading of the cited document', () => {
    const wrong: string[] = [];
    for (const r of references) {
      if (!r.section) continue;
      const target = resolveReference(r.from, r.name);
      if (!target) continue;
      const numbers = headingNumbers(target);
      const section = r.section.replace(/[a-z]$/, '');
      const parent = section.split('.').slice(0, -1).join('.');
      if (!numbers.has(section) && !(section.split('.').length >= 3 && numbers.has(parent)))
        wrong.push(`${r.from}: ${relative(PROJECT_ROOT, target)} §${r.section}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('keeps the project free of references to material outside it', () => {
    const outside = files.filter((f) =>
      /(^|[^\w])\.\.\/shared\/(design|reference|eval)\b/.test(readFileSync(join(PROJECT_ROOT, f), 'utf8')),
    );
    expect(outside).toEqual([]);
  });
});
