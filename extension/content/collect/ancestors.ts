/**
 * The nearest ancestors a control's reading needs, carried down the collect walk instead of looked up
 * from every control: a wrapping `<label>`, the group (fieldset or role=group/radiogroup) and the
 * table cell. Each is kept with its depth, so a look stays bounded as the upward search was (a label
 * 64 levels up, a cell 8). One object per subtree, replaced only below an element that is one of them.
 */
export interface Ancestors {
  readonly label: Element | null;
  readonly labelDepth: number;
  readonly group: Element | null;
  readonly groupDepth: number;
  /** The nearest TD or TH. */
  readonly cell: Element | null;
  readonly cellDepth: number;
  /** The nearest TD (a label cell is looked for beside a data cell only). */
  readonly td: Element | null;
  readonly tdDepth: number;
}

export const NO_ANCESTORS: Ancestors = {
  label: null,
  labelDepth: 0,
  group: null,
  groupDepth: 0,
  cell: null,
  cellDepth: 0,
  td: null,
  tdDepth: 0,
};

/** Levels up a wrapping label or a group is looked for; a table cell's own limit is smaller. */
export const MAX_ANCESTOR_STEPS = 64;
export const MAX_CELL_STEPS = 8;

/** The ancestors below `element` (at `depth`), given the ones above it; the same object when it is none of them. */
export function ancestorsBelow(above: Ancestors, element: Element, tag: string, role: string | null, depth: number): Ancestors {
  const isLabel = tag === 'LABEL';
  const isGroup = tag === 'FIELDSET' || role === 'group' || role === 'radiogroup';
  const isCell = tag === 'TD' || tag === 'TH';
  if (!isLabel && !isGroup && !isCell) return above;
  return {
    label: isLabel ? element : above.label,
    labelDepth: isLabel ? depth : above.labelDepth,
    group: isGroup ? element : above.group,
    groupDepth: isGroup ? depth : above.groupDepth,
    cell: isCell ? element : above.cell,
    cellDepth: isCell ? depth : above.cellDepth,
    td: tag === 'TD' ? element : above.td,
    tdDepth: tag === 'TD' ? depth : above.tdDepth,
  };
}

/** The ancestor if it stands at most `maxSteps` levels above `depth`. */
export function within(ancestor: Element | null, ancestorDepth: number, depth: number, maxSteps: number): Element | null {
  return ancestor && depth - ancestorDepth <= maxSteps ? ancestor : null;
}
