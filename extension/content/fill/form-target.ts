import { dom } from '../collect/dom-reads.ts';

/**
 * Where a form really sends its data (docs/SECURITY.md §3.5): the submitter's `formaction` if set, else the
 * form's `action`, both resolved against `<base href>` by the browser. A field outside any form has
 * no target of its own. Read through the prototypes (dom-reads.ts): `<input name="action">` must not
 * stand in for the form's action.
 */
export function effectiveTarget(form: HTMLFormElement | null, submitter?: HTMLElement | null): string | null {
  if (!form) return null;
  const formAction =
    submitter && dom.attr(submitter, 'formaction') !== null && 'formAction' in submitter
      ? String((submitter as HTMLButtonElement).formAction)
      : '';
  return formAction || dom.formAction(form) || (dom.ownerDocument(form)?.location.href ?? '');
}

/** The method a submission uses: the submitter's `formmethod` if set, else the form's (`get` by default). */
export function effectiveMethod(form: HTMLFormElement, submitter?: HTMLElement | null): string {
  const override = submitter ? (dom.attr(submitter, 'formmethod') ?? '').trim().toLowerCase() : '';
  if (override === 'post' || override === 'dialog') return override;
  if (override !== '') return 'get';
  return dom.formMethod(form);
}

/**
 * The button Enter would submit with: the form's first submit button (its `formaction` and
 * `formmethod` then apply), or null when it has none.
 */
export function defaultSubmitter(form: HTMLFormElement): HTMLElement | null {
  for (const element of dom.elements(form)) {
    if (
      (element instanceof HTMLButtonElement && element.type === 'submit') ||
      (element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image'))
    )
      return element;
  }
  return null;
}

/** Whether a target is https and on exactly the page's origin. */
export function isSafeTarget(target: string | null, pageOrigin: string): boolean {
  if (target === null) return true;
  try {
    const url = new URL(target);
    return url.protocol === 'https:' && url.origin === pageOrigin;
  } catch {
    return false;
  }
}
