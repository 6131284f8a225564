import { describe, expect, it } from 'vitest';
import { reconcileContentScripts, type ScriptingApi } from '../../../../extension/background/registry/register-content-scripts.ts';
import type { Scripting } from '../../../../extension/platform/browser.ts';

function fakeScripting(initial: string[] = []): ScriptingApi & { ids(): string[]; scripts: Scripting.RegisteredContentScript[] } {
  let scripts: Scripting.RegisteredContentScript[] = initial.map((id) => ({ id, js: ['x.js'], matches: ['https://x/*'] }));
  return {
    get scripts() {
      return scripts;
    },
    ids: () => scripts.map((s) => s.id).sort(),
    getRegisteredContentScripts: async () => scripts,
    registerContentScripts: async (added) => {
      for (const s of added) if (scripts.some((have) => have.id === s.id)) throw new Error(`duplicate ${s.id}`);
      scripts = [...scripts, ...added];
    },
    unregisterContentScripts: async ({ ids }) => {
      scripts = scripts.filter((s) => !ids.includes(s.id));
    },
  };
}

describe('reconcileContentScripts', () => {
  it('registers one top-frame script per exact origin', async () => {
    const api = fakeScripting();
    await reconcileContentScripts(api, ['https://id.bund.de', 'https://servicekonto.nrw']);
    expect(api.scripts).toContainEqual(
      expect.objectContaining({
        id: 'portal:https://id.bund.de',
        matches: ['https://id.bund.de/*'],
        js: ['content/main.js'],
        allFrames: false,
        runAt: 'document_start',
      }),
    );
    expect(api.ids()).toHaveLength(2);
  });

  it('is idempotent and removes origins no longer listed, leaving foreign ids alone', async () => {
    const api = fakeScripting(['portal:https://old.example', 'other']);
    await reconcileContentScripts(api, ['https://id.bund.de']);
    await reconcileContentScripts(api, ['https://id.bund.de']);
    expect(api.ids()).toEqual(['other', 'portal:https://id.bund.de']);
  });

  it('replaces a registration an older version made with another runAt', async () => {
    const api = fakeScripting();
    await api.registerContentScripts([
      { id: 'portal:https://id.bund.de', js: ['content/main.js'], matches: ['https://id.bund.de/*'], runAt: 'document_idle' },
    ]);
    await reconcileContentScripts(api, ['https://id.bund.de']);
    expect(api.scripts).toEqual([expect.objectContaining({ id: 'portal:https://id.bund.de', runAt: 'document_start' })]);
  });
});
