import { control, escapeHtml, type RenderField } from './platform.ts';

/**
 * Persons side by side: one row per datum, one column per person, the column header says whose
 * ("Elternteil 1 | Elternteil 2"); the row's first cell is the only label. Kita and Elterngeld forms
 * lay parents out so on every platform.
 */
export function compareTable(columns: readonly { header: string; fields: readonly RenderField[] }[]): string {
  const rows = (columns[0]?.fields ?? [])
    .map(
      (first, r) =>
        `<tr><td>${escapeHtml(first.label)}</td>${columns.map((column) => `<td>${control(column.fields[r] as RenderField)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table class="vergleich"><thead><tr><th></th>${columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}
