import { effectiveTarget, isSafeTarget } from './form-target.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Re-checks the target when a form we filled is submitted (docs/SECURITY.md §3.4): a script may rewrite
 * `action` after the fill, or the user may press a button with another `formaction`. If the target is
 * no longer https on the page's origin, the submission is stopped and the filled values are cleared.
 */
export function guardSubmission(options: { doc: Document; elements: readonly Control[]; signal: AbortSignal }): void {
  const forms = new Set(options.elements.map((e) => e.form).filter((f): f is HTMLFormElement => f !== null));
  if (forms.size === 0) return;
  options.doc.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    if (!forms.has(form)) return;
    const target = effectiveTarget(form, (event).submitter);
    if (isSafeTarget(target, options.doc.location.origin)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const element of options.elements) if (element.form === form) element.value = '';
  }, { capture: true, signal: options.signal });
}
