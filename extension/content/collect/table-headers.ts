import { closestBounded, dom } from './dom-reads.ts';
import type { LabelContext } from './find-label.ts';
import { holdsControls } from './holds-controls.ts';

/** Cells of a row, and rows of a table, looked at (a 10,000-column table costs this much). */
const MAX_CELLS = 32;
const MAX_ROWS_TO_HEADER = 4;

/** Characters of a row's own texts kept. */
const MAX_ROW_CHARS = 80;

/** Where a control stands in a data table: its column's header and the texts of its row's other cells. */
export interface TableHeaders {
  readonly column: string;
  readonly row: string;
}

const NONE: TableHeaders = { column: '', row: '' };

/**
 * The header of a control's table column and the texts of its row: in a table that compares persons side
 * by side ("Elternteil 1 | Elternteil 2", one row per datum), the column header says whose data the cell
 * asks for; in a table of persons, one row each ("1 | Antragsteller/in | Name | Vorname"), the row's cells
 * without a control say it. Read only in a table whose first row is a header row (in THEAD or made of TH
 * cells) and is not the control's own row; the first column (the row labels) has no column header.
 * Bounded by levels, rows, cells and characters.
 */
export function tableHeaders(control: Element, context: LabelContext, knownCell?: Element | null): TableHeaders {
  // The collect walk knows the cell (`knownCell`, null when there is none); others look it up.
  const cell = knownCell !== undefined ? knownCell : closestBounded(control, (tag) => tag === 'TD' || tag === 'TH', 8);
  const row = cell ? dom.parentElement(cell) : null;
  if (!cell || !row || dom.tag(row) !== 'TR') return NONE;
  const header = headerRow(row);
  if (!header || header === row) return NONE;
  const column = cellIndex(row, cell);
  let target = column > 0 ? dom.firstElementChild(header) : null;
  for (let i = 0; target && i < column; i++) target = dom.nextElementSibling(target);
  return { column: target ? context.textOf(target) : '', row: rowTexts(row, cell, context) };
}

/** The texts of the row's cells that hold no control ("1", "Antragsteller/in"), up to MAX_ROW_CHARS. */
function rowTexts(row: Element, own: Element, context: LabelContext): string {
  let text = '';
  let steps = 0;
  for (
    let cell = dom.firstElementChild(row);
    cell && steps < MAX_CELLS && text.length < MAX_ROW_CHARS;
    cell = dom.nextElementSibling(cell), steps++
  ) {
    if (cell === own || holdsControls(cell, 1, { tags: /^(INPUT|SELECT|TEXTAREA|BUTTON)$/, maxNodes: 60 })) continue;
    const part = context.textOf(cell);
    if (part) text = text ? `${text} ${part}` : part;
  }
  return text.slice(0, MAX_ROW_CHARS);
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
