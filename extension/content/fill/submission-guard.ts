import { effectiveMethod, effectiveTarget, isSafeTarget } from './form-target.ts';
import { setNativeChecked, setNativeValue } from './set-native-value.ts';
import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What the guard knows of a field we filled. */
export interface TrackedField {
  readonly element: Control;
  /** A stored password went in: the form must never send it with GET. */
  readonly password: boolean;
  /** The kind it was filled as, for the log when it is withdrawn. */
  readonly kind: FieldKind;
}

/**
 * Guards every submission of a form we filled (docs/SECURITY.md §3.5), installed on the window in the
 * capture phase at document_start, before any page script: a page listener that stops propagation
 * cannot run before it. Two events are watched:
 * - `submit` (a button, Enter, requestSubmit): stopped when the target is no longer https on this
 *   origin, when a filled password would go out with GET, or when a filled field is no longer visible;
 * - `formdata`, fired while the browser builds the data set, also for `form.submit()`, which fires no
 *   submit event: our entries are taken out of the data set under the same rules.
 * Either way the affected values are cleared in the page and `onWithdrawn` is told.
 */
export function installSubmissionGuard(deps: {
  win: Window;
  signal: AbortSignal;
  /** Which of these elements are still visible (visibility/prove-visible.ts). */
  stillVisible: (elements: readonly Control[]) => boolean[];
  onWithdrawn: (fields: readonly TrackedField[]) => void;
}) {
  const tracked = new Map<Control, TrackedField>();
  const origin = (): string => deps.win.location.origin;

  const clear = (fields: readonly TrackedField[]): void => {
    for (const { element } of fields) {
      if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox'))
        setNativeChecked(element, false);
      else setNativeValue(element, '');
      tracked.delete(element);
    }
    if (fields.length > 0) deps.onWithdrawn(fields);
  };

  /** The fields of `form` that must not leave with this submission (all of them when the form itself is unsafe). */
  const mustNotLeave = (form: HTMLFormElement, submitter: HTMLElement | null): TrackedField[] => {
    const mine = [...tracked.values()].filter((f) => f.element.form === form);
    if (mine.length === 0) return [];
    if (!isSafeTarget(effectiveTarget(form, submitter), origin())) return mine;
    if (mine.some((f) => f.password) && effectiveMethod(form, submitter) !== 'post') return mine;
    const visible = deps.stillVisible(mine.map((f) => f.element));
    return mine.filter((_, i) => !visible[i]);
  };

  deps.win.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const blocked = mustNotLeave(form, event.submitter ?? null);
      if (blocked.length === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      clear(blocked);
    },
    { capture: true, signal: deps.signal },
  );

  deps.win.addEventListener(
    'formdata',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      const blocked = mustNotLeave(form, null);
      const data = event.formData;
      for (const { element } of blocked) if (element.name) data.delete(element.name);
      clear(blocked);
    },
    { capture: true, signal: deps.signal },
  );

  return {
    track(fields: readonly TrackedField[]): void {
      for (const field of fields) tracked.set(field.element, field);
    },
  };
}

export type SubmissionGuard = ReturnType<typeof installSubmissionGuard>;
