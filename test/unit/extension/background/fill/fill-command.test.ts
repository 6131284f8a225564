import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILL_COMMAND, runFillCommand } from '../../../../../extension/background/fill/fill-command.ts';
import { ok, type Result } from '../../../../../shared/protocol/result.ts';
import { PROJECT_ROOT } from '../../../../support/project-paths.ts';

/** The keyboard command's logic (browsers without a display deliver no extension shortcuts to test end to end). */
function harness(answer: Result<unknown>) {
  const filled: [string, number][] = [];
  const deps = {
    activeTabId: async () => 42,
    activateFill: async (trigger: 'command', tabId: number) => {
      filled.push([trigger, tabId]);
      return answer;
    },
  };
  return { deps, filled };
}

describe('Alt+Shift+F: "Diese Seite ausfüllen" from the keyboard', () => {
  it('is declared in both manifests under the name the background listens for', () => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', browser, 'manifest.json'), 'utf8')) as {
        commands: Record<string, { suggested_key: { default: string } }>;
      };
      expect(manifest.commands[FILL_COMMAND]?.suggested_key.default).toBe('Alt+Shift+F');
    }
  });

  it('fills the tab the command came from, else the active tab, as the command, and nothing for other commands', async () => {
    const h = harness(ok({ status: 'filled' }));
    await runFillCommand(FILL_COMMAND, 7, h.deps);
    await runFillCommand(FILL_COMMAND, undefined, h.deps);
    await runFillCommand('_execute_action', 7, h.deps);
    expect(h.filled).toEqual([
      ['command', 7],
      ['command', 42],
    ]);
  });
});
