import { closestBounded, dom } from './dom-reads.ts';
import type { LabelContext } from './find-label.ts';

/** Cells of a row, and rows of a table, looked at (a 10,000-column table costs this much). */
const MAX_CELLS = 32;
const MAX_ROWS_TO_HEADER = 4;

/**
 * The header of a control's table column: in a table that compares persons side by side
 * ("Elternteil 1 | Elternteil 2", one row per datum), that header says whose data the cell asks for.
 * Read from the table's first row when that row is a header row (in THEAD or made of TH cells) and is
 * not the control's own row; the first column (the row labels) has none. Bounded by levels, rows and cells.
 */
export function columnHeader(control: Element, context: LabelContext): string {
  const cell = closestBounded(control, (tag) => tag === 'TD' || tag === 'TH', 8);
  const row = cell ? dom.parentElement(cell) : null;
  if (!cell || !row || dom.tag(row) !== 'TR') return '';
  const column = cellIndex(row, cell);
  if (column <= 0) return '';
  const header = headerRow(row);
  if (!header || header === row) return '';
  let target = dom.firstElementChild(header);
  for (let i = 0; target && i < column; i++) target = dom.nextElementSibling(target);
  return target ? context.textOf(target) : '';
}

function cellIndex(row: Element, cell: Element): number {
  let index = 0;
  for (let current = dom.firstElementChild(row); current && index < MAX_CELLS; current = dom.nextElementSibling(current), index++) {
    if (current === cell) return index;
  }
  return -1;
}

/** The table's first row, if it is a header row. */
function headerRow(row: Element): Element | null {
  const section = dom.parentElement(row);
  const table = section && dom.tag(section) === 'TABLE' ? section : section ? dom.parentElement(section) : null;
  if (!table || dom.tag(table) !== 'TABLE') return null;
  let first: Element | null = null;
  let inHead = false;
  for (
    let child = dom.firstElementChild(table), steps = 0;
    child && !first && steps < MAX_ROWS_TO_HEADER;
    child = dom.nextElementSibling(child), steps++
  ) {
    const tag = dom.tag(child);
    if (tag === 'TR') first = child;
    else if (tag === 'THEAD' || tag === 'TBODY') {
      first = firstRow(child);
      inHead = tag === 'THEAD';
    }
  }
  if (!first) return null;
  if (inHead) return first;
  // Without a THEAD: a row whose cells after the first are all TH.
  let cell = dom.firstElementChild(first);
  cell = cell ? dom.nextElementSibling(cell) : null;
  if (!cell) return null;
  for (let steps = 0; cell && steps < MAX_CELLS; cell = dom.nextElementSibling(cell), steps++) if (dom.tag(cell) !== 'TH') return null;
  return first;
}

function firstRow(section: Element): Element | null {
  const row = dom.firstElementChild(section);
  return row && dom.tag(row) === 'TR' ? row : null;
}
