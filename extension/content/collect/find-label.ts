import { boundedText, tidy } from './bounded-text.ts';
import { closestBounded, dom } from './dom-reads.ts';
import { holdsControls } from './holds-controls.ts';
import type { LabelSource } from './page-snapshot.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Siblings looked at, per level, for a table cell or text before a control. */
const MAX_SIBLINGS = 8;
/** Siblings looked at, per level, for text right before a control. */
const MAX_PRECEDING = 4;

/**
 * Per collection: the `<label for>` index of each document or shadow root, and the text of each label
 * element already read. A label wrapping 500 inputs is read once, not 500 times.
 */
export interface LabelContext {
  readonly labelFor: (root: Document | ShadowRoot, id: string) => Element | null;
  readonly textOf: (element: Element | null) => string;
}

export function createLabelContext(): LabelContext {
  const byRoot = new Map<Node, Map<string, Element>>();
  const texts = new Map<Element, string>();
  return {
    labelFor: (root, id) => {
      let map = byRoot.get(root);
      if (!map) {
        map = new Map();
        for (const label of dom.queryAll(root, 'label[for]')) {
          const target = dom.attr(label, 'for');
          if (target && !map.has(target)) map.set(target, label);
        }
        byRoot.set(root, map);
      }
      return map.get(id) ?? null;
    },
    textOf: (element) => {
      if (!element) return '';
      let text = texts.get(element);
      if (text === undefined) {
        text = boundedText(element);
        texts.set(element, text);
      }
      return text;
    },
  };
}

/**
 * The label of a control, from the strongest source that has text: aria-labelledby, `<label for>`,
 * a wrapping label, aria-label, the cell before it in a table row, text right before it, title,
 * placeholder (docs/ATTRIBUTES.md §7.2). Every look is bounded: by ids, by levels, by siblings.
 */
export function findLabel(
  control: Control,
  root: Document | ShadowRoot,
  context: LabelContext,
  /** The wrapping label and table data cell when the caller knows them (the collect walk carries them); else looked up. */
  near?: { readonly wrapping: Element | null; readonly td: Element | null },
): { text: string; source: LabelSource } {
  const labelledBy = dom.attr(control, 'aria-labelledby');
  if (labelledBy) {
    const text = tidy(
      labelledBy
        .split(/\s+/)
        .slice(0, 5)
        .map((id) => context.textOf(dom.byId(root, id)))
        .join(' '),
    );
    if (text) return { text, source: 'aria-labelledby' };
  }
  const id = dom.attr(control, 'id');
  if (id) {
    const text = context.textOf(context.labelFor(root, id));
    if (text) return { text, source: 'for' };
  }
  const wrapping = near ? near.wrapping : closestBounded(control, (tag) => tag === 'LABEL');
  if (wrapping) {
    const text = context.textOf(wrapping);
    if (text) return { text, source: 'wrap' };
  }
  const ariaLabel = tidy(dom.attr(control, 'aria-label'));
  if (ariaLabel) return { text: ariaLabel, source: 'aria-label' };
  const fromHost = hostLabel(root, context);
  if (fromHost) return fromHost;
  const cell = tableCellLabel(near ? near.td : closestBounded(control, (tag) => tag === 'TD', 8), context);
  if (cell) return { text: cell, source: 'table' };
  // Text right beside the control first; then a label element right after it (floating labels), which
  // says more than a hint text further up ("Pflichtangabe" before the field's wrapper).
  const beside = precedingText(control, context, 1);
  if (beside) return { text: beside, source: 'preceding' };
  const after = followingLabel(control, context);
  if (after) return { text: after, source: 'following' };
  const before = precedingText(control, context, 3);
  if (before) return { text: before, source: 'preceding' };
  const title = tidy(dom.attr(control, 'title'));
  if (title) return { text: title, source: 'title' };
  const placeholder = tidy(dom.attr(control, 'placeholder'));
  if (placeholder) return { text: placeholder, source: 'placeholder' };
  return { text: '', source: 'none' };
}

/** Attributes a web component's host carries its field's label in (`<app-input label="E-Mail">`). */
const HOST_LABEL_ATTRIBUTES = ['label', 'aria-label', 'data-label', 'field-label', 'placeholder'];

/**
 * A control inside a web component's shadow root is often labelled outside it: by an attribute of
 * the host, or by a `<label for>` that names the host. Only for the component's single control (a
 * component holding a whole form says nothing about each field) and only one host up.
 */
function hostLabel(root: Document | ShadowRoot, context: LabelContext): { text: string; source: LabelSource } | null {
  if (dom.nodeType(root) !== 11 || !('host' in root)) return null;
  const host = dom.host(root);
  if (holdsSeveralControls(root)) return null;
  for (const name of HOST_LABEL_ATTRIBUTES) {
    const text = tidy(dom.attr(host, name));
    if (text) return { text, source: name === 'placeholder' ? 'placeholder' : 'aria-label' };
  }
  const id = dom.attr(host, 'id');
  const hostRoot = dom.rootOf(host);
  if (id && (dom.nodeType(hostRoot) === 9 || dom.nodeType(hostRoot) === 11)) {
    const text = context.textOf(context.labelFor(hostRoot as Document | ShadowRoot, id));
    if (text) return { text, source: 'for' };
  }
  const wrapping = closestBounded(host, (tag) => tag === 'LABEL');
  if (wrapping) {
    const text = context.textOf(wrapping);
    if (text) return { text, source: 'wrap' };
  }
  return null;
}

function holdsSeveralControls(root: ShadowRoot): boolean {
  let found = 0;
  let child = dom.firstElementChildOfAny(root);
  for (let steps = 0; child && steps < MAX_SIBLINGS * 2; steps++, child = dom.nextElementSibling(child)) {
    if (holdsControls(child, 2)) return true;
    if (holdsControls(child, 1) && ++found >= 2) return true;
  }
  return child !== null;
}

/** In a table row, the text of the cell before the control's cell (or the row's th). */
function tableCellLabel(cell: Element | null, context: LabelContext): string {
  if (!cell) return '';
  let previous = dom.previousElementSibling(cell);
  for (let steps = 0; previous && steps < MAX_SIBLINGS; steps++, previous = dom.previousElementSibling(previous)) {
    const text = context.textOf(previous);
    if (text) return text;
  }
  return '';
}

/**
 * Text directly before the control: previous siblings that hold no other control, walking up at
 * most two levels (e.g. `<div><span>Vorname</span><input></div>`).
 */
function precedingText(control: Element, context: LabelContext, levels: number): string {
  let node: Element | null = control;
  for (let level = 0; level < levels && node; level++) {
    for (
      let sibling = dom.previousSibling(node), steps = 0;
      sibling && steps < MAX_PRECEDING;
      sibling = dom.previousSibling(sibling), steps++
    ) {
      const type = dom.nodeType(sibling);
      if (type === 1 && (/^(BUTTON)$/.test(dom.tag(sibling as Element)) || holdsControls(sibling, 1))) return '';
      const text = type === 3 ? tidy(dom.nodeValue(sibling)) : type === 1 ? context.textOf(sibling as Element) : '';
      if (text) return text;
    }
    node = dom.parentElement(node);
    if (node && holdsControls(node, 2)) return '';
  }
  return '';
}

/**
 * A `<label>` without `for` right after the control (CSS floating labels: `input:placeholder-shown + label`),
 * looked for beside the control and beside its wrapper, never across another control.
 */
function followingLabel(control: Element, context: LabelContext): string {
  let node: Element | null = control;
  for (let level = 0; level < 2 && node; level++) {
    const next = dom.nextElementSibling(node);
    if (next && dom.tag(next) === 'LABEL' && !dom.attr(next, 'for') && !holdsControls(next, 1)) return context.textOf(next);
    node = dom.parentElement(node);
    if (node && holdsControls(node, 2)) return '';
  }
  return '';
}
