import type { FieldOverride } from '../../../shared/domain/portal.ts';
import { classifyPage } from '../classify/classify-page.ts';
import { fillKind } from '../classify/fill-kind.ts';
import { collectPageNow } from '../collect/collect-page.ts';

/** Nodes the look at a submitted page may visit: the event cannot wait, so it is one bounded step. */
const MAX_NODES_AT_SUBMIT = 20_000;

/**
 * When the citizen signs in by hand (a trusted submit of a login form with a typed password), the
 * user name and password are handed to the background, which only offers to save them in the popup.
 * Our own sign-in submits programmatically (untrusted) and is never offered; registration and
 * password-change forms are not login pages and are never offered.
 */
export function watchManualSignIn(options: {
  doc: Document;
  overrides: readonly FieldOverride[];
  signal: AbortSignal;
  offer: (credential: { username: string; password: string }) => void;
}): void {
  options.doc.addEventListener(
    'submit',
    (event) => {
      if (!event.isTrusted) return;
      const form = event.target as HTMLFormElement;
      const { snapshot, elements } = collectPageNow(options.doc, { maxNodes: MAX_NODES_AT_SUBMIT });
      const result = classifyPage(snapshot, { overrides: options.overrides });
      if (result.kind !== 'login') return;
      const inForm = (kind: string) =>
        result.fields.map((f) => (fillKind(f) === kind ? elements[f.index] : undefined)).find((e) => e?.form === form);
      const username = inForm('username')?.value.trim() ?? '';
      const password = inForm('password')?.value ?? '';
      if (username && password && username.length <= 256 && password.length <= 1024) options.offer({ username, password });
    },
    { capture: true, signal: options.signal },
  );
}
