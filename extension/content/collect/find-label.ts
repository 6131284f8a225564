import { boundedText, tidy } from './bounded-text.ts';
import type { LabelSource } from './page-snapshot.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The label of a control, from the strongest source that has text: aria-labelledby, `<label for>`,
 * a wrapping label, aria-label, the cell before it in a table row, text right before it, title,
 * placeholder (ATTRIBUTES.md §7.2).
 */
export function findLabel(control: Control, labelFor: LabelIndex): { text: string; source: LabelSource } {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = tidy(labelledBy.split(/\s+/).slice(0, 5).map((id) => boundedText(root.getElementById?.(id) ?? null)).join(' '));
    if (text) return { text, source: 'aria-labelledby' };
  }
  if (control.id) {
    const text = boundedText(labelFor(root, control.id));
    if (text) return { text, source: 'for' };
  }
  const wrapping = control.closest('label');
  if (wrapping) {
    const text = boundedText(wrapping);
    if (text) return { text, source: 'wrap' };
  }
  const ariaLabel = tidy(control.getAttribute('aria-label'));
  if (ariaLabel) return { text: ariaLabel, source: 'aria-label' };
  const cell = tableCellLabel(control);
  if (cell) return { text: cell, source: 'table' };
  const before = precedingText(control);
  if (before) return { text: before, source: 'preceding' };
  const title = tidy(control.getAttribute('title'));
  if (title) return { text: title, source: 'title' };
  const placeholder = tidy(control.getAttribute('placeholder'));
  if (placeholder) return { text: placeholder, source: 'placeholder' };
  return { text: '', source: 'none' };
}

/** `<label for>` lookup; built once per document or shadow root, so labelling stays linear. */
export type LabelIndex = (root: Document | ShadowRoot, id: string) => Element | null;

export function createLabelIndex(): LabelIndex {
  const byRoot = new Map<Node, Map<string, Element>>();
  return (root, id) => {
    let map = byRoot.get(root);
    if (!map) {
      map = new Map();
      for (const label of root.querySelectorAll?.('label[for]') ?? []) {
        const target = label.getAttribute('for');
        if (target && !map.has(target)) map.set(target, label);
      }
      byRoot.set(root, map);
    }
    return map.get(id) ?? null;
  };
}

/** In a table row, the text of the cell before the control's cell (or the row's th). */
function tableCellLabel(control: Element): string {
  const cell = control.closest('td');
  if (!cell) return '';
  let previous = cell.previousElementSibling;
  while (previous && !boundedText(previous)) previous = previous.previousElementSibling;
  return previous ? boundedText(previous) : '';
}

/**
 * Text directly before the control: previous siblings that hold no other control, walking up at
 * most two levels (e.g. `<div><span>Vorname</span><input></div>`).
 */
function precedingText(control: Element): string {
  let node: Element | null = control;
  for (let level = 0; level < 3 && node; level++) {
    for (let sibling = node.previousSibling, steps = 0; sibling && steps < 4; sibling = sibling.previousSibling, steps++) {
      if (sibling.nodeType === 1 && (sibling as Element).querySelector?.('input, select, textarea')) return '';
      if (sibling.nodeType === 1 && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test((sibling as Element).tagName)) return '';
      const text = sibling.nodeType === 3 ? tidy(sibling.nodeValue) : boundedText(sibling);
      if (text) return text;
    }
    node = node.parentElement;
    if (node && node.querySelectorAll('input, select, textarea').length > 1) return '';
  }
  return '';
}
