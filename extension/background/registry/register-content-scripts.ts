import type { Scripting } from '../../platform/browser.ts';

/** Id prefix of our registrations; one registration per origin so an origin can be removed alone. */
export const CONTENT_SCRIPT_ID_PREFIX = 'portal:';
/** The content script as the build emits it (one standalone IIFE, not web-accessible). */
export const CONTENT_SCRIPT_FILE = 'content/main.js';

export interface ScriptingApi {
  getRegisteredContentScripts(): Promise<Scripting.RegisteredContentScript[]>;
  registerContentScripts(scripts: Scripting.RegisteredContentScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/**
 * Makes the registered content scripts exactly one per registry origin: adds missing ones, removes
 * ones for origins no longer listed. Idempotent, so it runs on install, on start-up and on change
 * (Chromium forgets `persistAcrossSessions` registrations for unpacked loads, docs/RECIPES.md §12.1).
 */
export async function reconcileContentScripts(scripting: ScriptingApi, origins: readonly string[]): Promise<void> {
  const wanted = new Map(origins.map((origin) => [`${CONTENT_SCRIPT_ID_PREFIX}${origin}`, origin]));
  const have = (await scripting.getRegisteredContentScripts()).map((script) => script.id);
  const stale = have.filter((id) => id.startsWith(CONTENT_SCRIPT_ID_PREFIX) && !wanted.has(id));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !have.includes(id));
  if (missing.length === 0) return;
  await scripting.registerContentScripts(
    missing.map(([id, origin]) => ({
      id,
      matches: [`${origin}/*`],
      js: [CONTENT_SCRIPT_FILE],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    })),
  );
}
