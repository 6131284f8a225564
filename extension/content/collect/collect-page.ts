import { boundedText, tidy } from './bounded-text.ts';
import { createLabelIndex, findLabel } from './find-label.ts';
import { isRendered } from './is-visible.ts';
import {
  MAX_ACTIONS, MAX_FIELDS, MAX_OPTIONS, MAX_TEXT_CHARS,
  type FieldSnapshot, type FormSnapshot, type PageSnapshot,
} from './page-snapshot.ts';

/** Elements visited at most; a page with more is classified from what was seen. */
export const MAX_NODES = 200_000;
/** Nested shadow roots followed at most. */
export const MAX_SHADOW_DEPTH = 16;
/** Nested same-origin iframes followed at most. */
export const MAX_FRAME_DEPTH = 3;
/** Time budget for one collection; beyond it the snapshot is cut and marked truncated. */
export const COLLECT_BUDGET_MS = 150;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const IGNORED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'range', 'color']);
const EID_LINK = /(^|\/\/)(127\.0\.0\.1|localhost):24727\/eID-Client|^eid:\/\/|ausweisapp\.bund\.de\/eID-Client/i;

export interface CollectedPage {
  readonly snapshot: PageSnapshot;
  /** The live controls, parallel to `snapshot.fields` (kept in the content script, never sent). */
  readonly elements: readonly Control[];
}

/**
 * Live DOM → plain snapshot: every form control in document order, through open shadow roots and
 * same-origin iframes, with the texts classification needs. Bounded by field count, node count,
 * shadow and frame depth, text length and a time budget.
 */
export function collectPage(doc: Document, options: { budgetMs?: number } = {}): CollectedPage {
  const deadline = performance.now() + (options.budgetMs ?? COLLECT_BUDGET_MS);
  const fields: FieldSnapshot[] = [];
  const elements: Control[] = [];
  const forms: FormSnapshot[] = [];
  const formIndex = new Map<HTMLFormElement, number>();
  const actions: string[] = [];
  let eidLinks = 0;
  let heading = '';
  let h1 = '';
  let visited = 0;
  let truncated = false;
  const labelFor = createLabelIndex();

  const formOf = (form: HTMLFormElement | null): number => {
    if (!form) return -1;
    const known = formIndex.get(form);
    if (known !== undefined) return known;
    const index = forms.length;
    formIndex.set(form, index);
    const buttons = [...form.querySelectorAll('button, input[type=submit], input[type=button]')].slice(0, 20)
      .map((b) => tidy((b as HTMLInputElement).value && b.tagName === 'INPUT' ? (b as HTMLInputElement).value : boundedText(b), 80)).filter(Boolean);
    forms.push({ index, id: tidy(form.id, 100), name: tidy(form.getAttribute('name'), 100), action: safeAction(form), method: (form.method || 'get').toLowerCase(), buttons });
    return index;
  };

  const addControl = (control: Control, frame: number, inShadow: boolean): void => {
    const type = control.tagName === 'INPUT' ? ((control as HTMLInputElement).type || 'text').toLowerCase() : control.tagName === 'SELECT' ? 'select-one' : 'textarea';
    if (IGNORED_INPUT_TYPES.has(type)) return;
    if (fields.length >= MAX_FIELDS) {
      truncated = true;
      return;
    }
    const label = findLabel(control, labelFor);
    const group = control.closest('fieldset, [role=group], [role=radiogroup]');
    const legend = group ? boundedText(group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : labelOfGroup(group)) : '';
    const isChoice = type === 'radio' || type === 'checkbox';
    const options = control.tagName === 'SELECT'
      ? [...(control as HTMLSelectElement).options].slice(0, MAX_OPTIONS).map((o) => ({ value: tidy(o.value, MAX_TEXT_CHARS), text: tidy(o.text, MAX_TEXT_CHARS) }))
      : isChoice ? [{ value: tidy((control as HTMLInputElement).value), text: label.text }] : [];
    const maxLength = 'maxLength' in control && control.maxLength > 0 ? control.maxLength : null;
    fields.push({
      index: fields.length,
      tag: control.tagName.toLowerCase() as FieldSnapshot['tag'],
      type,
      name: tidy(control.getAttribute('name'), MAX_TEXT_CHARS),
      id: tidy(control.id, MAX_TEXT_CHARS),
      autocomplete: tidy(control.getAttribute('autocomplete'), 100).toLowerCase(),
      placeholder: tidy(control.getAttribute('placeholder')),
      label: label.text,
      labelSource: label.source,
      legend,
      heading,
      options,
      maxLength,
      form: formOf(control.form),
      visible: isRendered(control),
      readOnly: 'readOnly' in control && control.readOnly,
      disabled: control.disabled,
      frame,
      inShadow,
    });
    elements.push(control);
  };

  const visit = (root: Node, frame: number, shadowDepth: number, frameDepth: number): void => {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
      if (++visited > MAX_NODES || (visited % 512 === 0 && performance.now() > deadline)) {
        truncated = true;
        return;
      }
      if (node.nodeType === 1) {
        const element = node as Element;
        const tag = element.tagName;
        if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
          addControl(element as Control, frame, shadowDepth > 0);
        } else if (/^H[1-6]$/.test(tag) || element.getAttribute('role') === 'heading') {
          const text = boundedText(element, 120);
          if (tag === 'H1') h1 ||= text;
          else if (text) heading = text;
        } else if ((tag === 'BUTTON' || tag === 'A' || element.getAttribute('role') === 'button') && actions.length < MAX_ACTIONS) {
          const text = boundedText(element, 80);
          if (text) actions.push(text);
          if (tag === 'A' && EID_LINK.test(element.getAttribute('href') ?? '')) eidLinks++;
        } else if (tag === 'IFRAME' && frameDepth < MAX_FRAME_DEPTH) {
          const inner = sameOriginDocument(element as HTMLIFrameElement);
          if (inner?.documentElement) visit(inner.documentElement, frame + 1, shadowDepth, frameDepth + 1);
        }
        if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        // An open shadow tree is rendered in place of the host's children: visit it first.
        const shadow = element.shadowRoot;
        if (shadow && shadowDepth < MAX_SHADOW_DEPTH) visit(shadow, frame, shadowDepth + 1, frameDepth);
        for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
      } else {
        for (let child = (node as ParentNode).lastElementChild; child; child = child.previousElementSibling) stack.push(child);
      }
    }
  };

  if (doc.documentElement) visit(doc.documentElement, 0, 0, 0);
  return {
    snapshot: { url: doc.location?.href ?? '', title: tidy(doc.title, 120), h1, fields, forms, actions, eidLinks, truncated },
    elements,
  };
}

function labelOfGroup(group: Element): Element | null {
  const id = group.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  return id ? (group.getRootNode() as Document).getElementById?.(id) ?? null : null;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function safeAction(form: HTMLFormElement): string {
  try {
    return form.getAttribute('action') === null ? '' : tidy(form.action, 500);
  } catch {
    return '';
  }
}
