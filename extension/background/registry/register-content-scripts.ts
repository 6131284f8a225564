import type { Scripting } from '../../platform/browser.ts';

/** Id prefix of our registrations; one registration per origin so an origin can be removed alone. */
export const CONTENT_SCRIPT_ID_PREFIX = 'portal:';
/** The content script as the build emits it (one standalone IIFE, not web-accessible). */
export const CONTENT_SCRIPT_FILE = 'content/main.js';
/**
 * Before any page script: the submission guard and the gesture record must be first in line on the
 * window (docs/SECURITY.md §3.5); the rest of the script waits for the parsed document.
 */
export const CONTENT_SCRIPT_RUN_AT = 'document_start';

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
  // A registration made by an older version with other options (runAt) is replaced, not kept.
  const registered = (await scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(CONTENT_SCRIPT_ID_PREFIX));
  const stale = registered
    .filter((script) => !wanted.has(script.id) || (script.runAt !== undefined && script.runAt !== CONTENT_SCRIPT_RUN_AT))
    .map((script) => script.id);
  const have = registered.map((script) => script.id).filter((id) => !stale.includes(id));
  if (stale.length > 0) await scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter(([id]) => !have.includes(id));
  if (missing.length === 0) return;
  await scripting.registerContentScripts(
    missing.map(([id, origin]) => ({
      id,
      matches: [`${origin}/*`],
      js: [CONTENT_SCRIPT_FILE],
      runAt: CONTENT_SCRIPT_RUN_AT,
      allFrames: false,
      persistAcrossSessions: true,
    })),
  );
}
