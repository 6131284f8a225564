import { dom } from './dom-reads.ts';

const FORM_CONTROLS = /^(INPUT|SELECT|TEXTAREA)$/;

/**
 * Whether `node` is a form control or holds at least `count` of them (tags matching `tags`). Bounded:
 * beyond `maxNodes` visited the answer is "yes", the safe answer for every caller (a label or a
 * section title never reaches across controls).
 */
export function holdsControls(node: Node, count: number, options: { tags?: RegExp; maxNodes?: number } = {}): boolean {
  const tags = options.tags ?? FORM_CONTROLS;
  const maxNodes = options.maxNodes ?? 1_000;
  let found = 0;
  let visited = 0;
  let current: Node | null = node;
  while (current) {
    if (++visited > maxNodes) return true;
    if (dom.nodeType(current) === 1 && tags.test(dom.tag(current as Element)) && ++found >= count) return true;
    const child: Node | null = dom.nodeType(current) === 1 ? dom.firstElementChild(current as Element) : null;
    if (child) {
      current = child;
      continue;
    }
    while (current && current !== node && !dom.nextElementSibling(current as Element)) current = dom.parentElement(current);
    current = current && current !== node ? dom.nextElementSibling(current as Element) : null;
  }
  return false;
}
