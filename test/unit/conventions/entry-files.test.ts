import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/project-paths.ts';

/** Every entry file: composition roots that only wire (docs/STYLE.md P2). */
const ENTRY_FILES = [
  'extension/background/main.ts',
  'extension/content/main.ts',
  'extension/popup/main.tsx',
  'extension/options/main.tsx',
  'extension/confirm/main.tsx',
  'extension/privacy/main.tsx',
  'helper/main.ts',
];

describe('entry files only wire', () => {
  it('each is under 60 lines', () => {
    for (const file of ENTRY_FILES)
      expect(readFileSync(join(PROJECT_ROOT, file), 'utf8').trimEnd().split('\n').length, file).toBeLessThan(60);
  });

  it('the lint rule refuses logic, module state and length in an entry file, and passes the real ones', async () => {
    const eslint = new ESLint({ cwd: PROJECT_ROOT });
    const real = await eslint.lintFiles(ENTRY_FILES.map((f) => join(PROJECT_ROOT, f)));
    expect(real.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
    const original = readFileSync(join(PROJECT_ROOT, 'extension/background/main.ts'), 'utf8');
    const withLogic = `${original}\nlet count = 0;\nfunction bump(): void { for (let i = 0; i < 2; i++) count++; }\nbump();\n${'// filler\n'.repeat(40)}`;
    const [result] = await eslint.lintText(withLogic, { filePath: join(PROJECT_ROOT, 'extension/background/main.ts') });
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-syntax')).toHaveLength(3);
    expect(rules).toContain('max-lines');
  }, 120_000);
});
