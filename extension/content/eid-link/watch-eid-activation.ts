import { isEidClientUrl } from '../../../shared/domain/eid-triggers.ts';
import { dom } from '../collect/dom-reads.ts';

/**
 * Catches the citizen's own click on an eID-Client activation (a link, or a GET form aimed at
 * `http://127.0.0.1:24727/eID-Client`) so the flow runs through the helper and the confirm window
 * (docs/EID.md §11 a). Only trusted, unmodified primary clicks count; a page cannot start a flow by script.
 * When the background does not take it (no helper), the original activation proceeds, so AusweisApp's
 * own handling keeps working (TR-03124-1 §2.3). Navigations a page makes by script are left to it.
 */
export function watchEidActivation(options: { doc: Document; signal: AbortSignal; activate: (url: string) => Promise<boolean> }): void {
  const { doc, signal } = options;
  const hand = (url: string): void => {
    void options.activate(url).then((handled) => {
      if (!handled) doc.location.assign(url);
    });
  };
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
      if (!link || !isEidClientUrl(link.href)) return;
      event.preventDefault();
      hand(link.href);
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (
        !event.isTrusted ||
        !(form instanceof HTMLFormElement) ||
        dom.formMethod(form) !== 'get' ||
        !isEidClientUrl(`${dom.formAction(form)}?`)
      )
        return;
      const url = new URL(dom.formAction(form));
      for (const [key, value] of new FormData(form)) if (typeof value === 'string') url.searchParams.append(key, value);
      if (!isEidClientUrl(url.href)) return;
      event.preventDefault();
      hand(url.href);
    },
    { capture: true, signal },
  );
}
