import { dom } from './dom-reads.ts';
import { holdsControls } from './holds-controls.ts';

/**
 * Class words of blocks styled as section titles: Bootstrap's `panel-heading`, `card-header`,
 * `section-title`. Not "legend": a design system's legend is a radio group's question, not a section.
 */
const TITLE_CLASS = /(?:^|[\s_-])(?:heading|header|title|titel|headline|ueberschrift)(?:$|[\s_-])/i;

/**
 * A block (`<div>`, `<p>`) that a design system styles as a section's title ("Personensorgeberechtigte/r 2"
 * in a panel's heading): its class says so, and it holds no control, button or link (a site header holds
 * links). Inline elements are left out: they title a question inside a section, not the section.
 */
export function isStyledTitle(element: Element, tag: string): boolean {
  if (tag !== 'DIV' && tag !== 'P') return false;
  const classes = dom.attr(element, 'class');
  if (!classes || !TITLE_CLASS.test(classes)) return false;
  return !holdsControls(element, 1, { tags: /^(INPUT|SELECT|TEXTAREA|BUTTON|A|NAV|UL|FORM)$/, maxNodes: 60 });
}

/**
 * Section titles of table layouts: a caption, or a row's single cell spanning the columns
 * (`<tr><th colspan="2">Angaben zum Kind</th></tr>`) that holds no control.
 */
export function isTableSectionTitle(element: Element, tag: string): boolean {
  if (tag === 'CAPTION') return true;
  if (tag !== 'TH' && tag !== 'TD') return false;
  if (Number(dom.attr(element, 'colspan') ?? '1') < 2) return false;
  const row = dom.parentElement(element);
  if (!row || dom.firstElementChild(row) !== element || dom.nextElementSibling(element)) return false;
  return !holdsControls(element, 1, { tags: /^(INPUT|SELECT|TEXTAREA|BUTTON)$/, maxNodes: 300 });
}
