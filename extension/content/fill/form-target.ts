/**
 * Where a form really sends its data (docs/SECURITY.md §3.4): the submitter's `formaction` if set, else the
 * form's `action`, both resolved against `<base href>` by the browser. A field outside any form has
 * no target of its own.
 */
export function effectiveTarget(form: HTMLFormElement | null, submitter?: HTMLElement | null): string | null {
  if (!form) return null;
  const formAction = submitter && 'formAction' in submitter && submitter.hasAttribute('formaction') ? (submitter as HTMLButtonElement).formAction : '';
  return formAction || form.action || form.ownerDocument.location.href;
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
