import { control, escapeHtml, type Platform } from '../platform.ts';

/** Amt24 style: a table per section with a caption, row header cells holding the labels. */
export const amt24: Platform = {
  id: 'amt24',
  modelledOn: 'Amt24 / Sachsen: tables with captions and row headers',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({ name: `feld${counter}`, id: `feld${counter}` }),
  field: (f) => `<tr><th scope="row"><label for="${f.id}">${escapeHtml(f.label)}</label></th><td>${control(f)}</td></tr>`,
  section: (title, inner) => `<table class="formular"><caption>${escapeHtml(title)}</caption>${inner}</table>`,
  page: (title, form, submit) =>
    `<h1>${escapeHtml(title)}</h1><form method="post" action="/amt24/antrag">${form}<input type="submit" value="${escapeHtml(submit)}"></form>`,
};
