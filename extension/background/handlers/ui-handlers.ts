import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { KeyValueArea } from '../../storage/key-value-area.ts';
import type { RequestContext } from '../router.ts';

/** Key of the language choice in storage.local: outside the vault, so a locked popup speaks it too. */
export const LANGUAGE_KEY = 'uiLanguage';

type Choice = 'auto' | 'de' | 'en';

/**
 * The citizen's language choice. Every page asks for it before its first render, so it is kept in the
 * worker's memory after the first read (a storage read costs the popup tens of milliseconds);
 * `forget` drops the copy when storage is erased ("delete all my data").
 */
export function createLanguageChoice(local: KeyValueArea) {
  let cached: Choice | null = null;
  return {
    async get(): Promise<Choice> {
      if (cached === null) {
        const stored = await local.get(LANGUAGE_KEY);
        cached = stored === 'de' || stored === 'en' ? stored : 'auto';
      }
      return cached;
    },
    async set(choice: Choice): Promise<void> {
      await local.set(LANGUAGE_KEY, choice);
      cached = choice;
    },
    forget(): void {
      cached = null;
    },
  };
}

export type LanguageChoiceStore = ReturnType<typeof createLanguageChoice>;

export function uiHandlers(deps: {
  language: LanguageChoiceStore;
}): HandlerMap<Pick<UiProtocol, 'ui.language' | 'ui.setLanguage'>, RequestContext> {
  return {
    'ui.language': async () => ok({ choice: await deps.language.get() }),
    'ui.setLanguage': async ({ choice }) => {
      await deps.language.set(choice);
      return ok({});
    },
  };
}
