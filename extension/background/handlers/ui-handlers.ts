import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { KeyValueArea } from '../../storage/key-value-area.ts';
import type { RequestContext } from '../router.ts';

/** Key of the language choice in storage.local: outside the vault, so a locked popup speaks it too. */
export const LANGUAGE_KEY = 'uiLanguage';

export function uiHandlers(deps: { local: KeyValueArea }): HandlerMap<Pick<UiProtocol, 'ui.language' | 'ui.setLanguage'>, RequestContext> {
  return {
    'ui.language': async () => {
      const stored = await deps.local.get(LANGUAGE_KEY);
      return ok({ choice: stored === 'de' || stored === 'en' ? stored : 'auto' });
    },
    'ui.setLanguage': async ({ choice }) => {
      await deps.local.set(LANGUAGE_KEY, choice);
      return ok({});
    },
  };
}
