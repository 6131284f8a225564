import { dom } from './dom-reads.ts';
import { MAX_TEXT_CHARS } from './page-snapshot.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'SELECT', 'OPTION', 'TEXTAREA', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'INPUT']);

/**
 * Nodes one text read visits at most. A label that wraps hundreds of thousands of empty or hidden
 * elements costs no more than a short one; its text is what the first nodes hold.
 */
export const MAX_TEXT_NODES_VISITED = 2_000;
/** Deepest nesting followed below the node whose text is read. */
const MAX_TEXT_DEPTH = 40;

/**
 * Visible-ish text of a node, at most `limit` characters, without the text of form controls inside it.
 * Bounded by characters, by nodes visited and by depth, so no page can make one read expensive.
 */
export function boundedText(node: Node | null, limit = MAX_TEXT_CHARS): string {
  if (!node) return '';
  if (dom.nodeType(node) === 3) return tidy(dom.nodeValue(node), limit);
  let out = '';
  let visited = 0;
  let depth = 1;
  // Pre-order walk by pointers (first child, next sibling, parent): no stack to grow, and every
  // step up retraces a step down, so the work is at most twice the nodes visited.
  let current: Node | null = dom.firstChild(node);
  while (current && visited < MAX_TEXT_NODES_VISITED && out.length <= limit * 2) {
    visited++;
    const type = dom.nodeType(current);
    let descend = false;
    if (type === 3) {
      out += ` ${(dom.nodeValue(current) ?? '').slice(0, limit * 2)}`;
    } else if (type === 1) {
      const element = current as Element;
      descend = depth < MAX_TEXT_DEPTH && !SKIP.has(dom.tag(element).toUpperCase()) && dom.attr(element, 'aria-hidden') !== 'true';
    }
    const child = descend ? dom.firstChild(current) : null;
    if (child) {
      current = child;
      depth++;
      continue;
    }
    while (current && current !== node && !dom.nextSibling(current)) {
      current = dom.parentNode(current);
      depth--;
    }
    current = current && current !== node ? dom.nextSibling(current) : null;
  }
  return tidy(out, limit);
}

/** Collapses white space and cuts to the limit. */
export function tidy(text: string | null | undefined, limit = MAX_TEXT_CHARS): string {
  return (typeof text === 'string' ? text : '')
    .slice(0, limit * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, limit);
}
