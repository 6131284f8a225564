import { dom } from './dom-reads.ts';
import { holdsControls } from './holds-controls.ts';

/**
 * Class words of blocks styled as section titles: Bootstrap's `panel-heading`, `card-header`,
 * `section-title`, a BEM modifier after it (`card-title--small`), a CSS module's hash after it
 * (`Form_sectionTitle__x1Y2z`), or the word capitalised at the end of a camel-case class (formcycle's
 * `XContainerTitle`, `panelHeading`). The word ends its class: a header's parts
 * (`panel-header-description`, `header-nav`, `pageHeaderNav`) are no title. Not "legend": a design
 * system's legend is a radio group's question, not a section.
 */
const TITLE_CLASS = /(?:^|[\s_-])(?:heading|header|title|titel|headline|ueberschrift)(?=$|\s|--|__)/i;
const CAMEL_TITLE_CLASS = /[a-z](?:Heading|Header|Title|Titel|Headline|Ueberschrift)(?=$|\s|--|__)/;
const isTitleClass = (value: string): boolean => TITLE_CLASS.test(value) || CAMEL_TITLE_CLASS.test(value);

/**
 * A block (`<div>`, `<p>`) that a design system styles as a section's title ("Personensorgeberechtigte/r 2"
 * in a panel's heading): its class says so, and it holds no control, button or link (a site header holds
 * links). A component library's own title element counts the same way when its tag or class says title
 * (Angular Material's `<mat-card-title>`, `<mat-panel-title>` in an expansion panel's header). Inline
 * elements are left out: they title a question inside a section, not the section.
 */
export function isStyledTitle(element: Element, tag: string): boolean {
  const custom = tag.includes('-');
  if (tag !== 'DIV' && tag !== 'P' && !custom) return false;
  if (!(custom && isTitleClass(tag)) && !isTitleClass(dom.attr(element, 'class') ?? '')) return false;
  return !holdsControls(element, 1, { tags: TITLE_BLOCKERS, maxNodes: 60 });
}

const TITLE_BLOCKERS = /^(INPUT|SELECT|TEXTAREA|BUTTON|A|NAV|UL|FORM)$/;

/**
 * A disclosure's header, which titles the section it opens: a `<summary>`, or a button that says which
 * region it expands (`aria-expanded` with `aria-controls`, as accordions are built). Only when what it
 * opens holds a form control: a help text's "Was ist die Steuer-ID?" or a menu toggle titles nothing,
 * and must not take over the title of the section it stands in.
 */
export function isDisclosureTitle(element: Element, tag: string, role: string | null): boolean {
  if (tag === 'SUMMARY') {
    const details = dom.parentElement(element);
    return details !== null && dom.tag(details) === 'DETAILS' && opensControls(details, element);
  }
  if (tag !== 'BUTTON' && role !== 'button') return false;
  if (dom.attr(element, 'aria-expanded') === null) return false;
  const id = dom.attr(element, 'aria-controls')?.trim().split(/\s+/)[0] ?? '';
  const region = dom.byId(dom.rootOf(element), id);
  return region !== null && region !== element && opensControls(region, element);
}

/** Whether `region` holds a form field outside the header itself (looked at up to a bound: a region is a section, not a page). */
function opensControls(region: Element, header: Element): boolean {
  return holdsControls(region, 1, { maxNodes: 400 }) && !holdsControls(header, 1, { maxNodes: 60 });
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
