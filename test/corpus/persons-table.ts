import { control, escapeHtml, type RenderField } from './platform.ts';

/**
 * Persons one below the other: one row per person, one column per datum under a header row, the row's
 * number and its own cell ("Antragsteller/in" in row 1, empty below) say whose row it is; each control
 * is named only by `aria-label`. Wohngeld and Meldebescheinigung forms list a household so.
 */
export function personsTable(rows: readonly { cell: string; fields: readonly RenderField[] }[]): string {
  const header = (rows[0]?.fields ?? []).map((f) => `<th scope="col">${escapeHtml(f.label)}</th>`).join('');
  const body = rows
    .map(
      (row, r) =>
        `<tr><td>${r + 1}</td><td>${escapeHtml(row.cell)}</td>${row.fields
          .map((f) => `<td>${control(f, `aria-label="${escapeHtml(f.label)}"`)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="personen"><thead><tr><th scope="col">Nr.</th><th scope="col">Person</th>${header}</tr></thead><tbody>${body}</tbody></table>`;
}
