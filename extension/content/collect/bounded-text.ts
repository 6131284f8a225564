import { MAX_TEXT_CHARS } from './page-snapshot.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'SELECT', 'OPTION', 'TEXTAREA', 'TEMPLATE', 'NOSCRIPT', 'SVG']);

/**
 * Visible-ish text of a node, at most MAX_TEXT_CHARS, without the text of form controls inside it.
 * Walks text nodes and stops early, so a megabyte-long label costs no more than a short one.
 */
export function boundedText(node: Node | null, limit = MAX_TEXT_CHARS): string {
  if (!node) return '';
  let out = '';
  const walk = (current: Node, depth: number): boolean => {
    if (depth > 40) return true;
    for (let child = current.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += ` ${child.nodeValue ?? ''}`;
        if (out.length > limit * 2) return false;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIP.has(element.tagName.toUpperCase()) || (element.tagName === 'INPUT')) continue;
        if (element.getAttribute('aria-hidden') === 'true') continue;
        if (!walk(child, depth + 1)) return false;
      }
    }
    return true;
  };
  if (node.nodeType === 3) out = node.nodeValue ?? '';
  else walk(node, 0);
  return tidy(out, limit);
}

/** Collapses white space and cuts to the limit. */
export function tidy(text: string | null | undefined, limit = MAX_TEXT_CHARS): string {
  return (text ?? '').slice(0, limit * 4).replace(/\s+/g, ' ').trim().slice(0, limit);
}
