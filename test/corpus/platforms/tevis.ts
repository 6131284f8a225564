import { control, escapeHtml, type Platform } from '../platform.ts';

/** TEVIS / Netappoint style: plain tables, the label is only the text in the cell before, bold section rows. */
export const tevis: Platform = {
  id: 'tevis',
  modelledOn: 'TEVIS and Netappoint appointment and request pages: tables without label elements',
  autocomplete: false,
  radios: false,
  names: ({ field, counter }) => ({ name: `${field.nameWord.toLowerCase()}_${counter}`, id: '' }),
  field: (f) => `<tr><td>${escapeHtml(f.label)}${f.required ? '*' : ''}</td><td>${control(f)}</td></tr>`,
  section: (title, inner) => `<tr><td colspan="2"><b>${escapeHtml(title)}</b></td></tr>${inner}`,
  page: (title, form, submit) =>
    `<div class="tevis"><h1>${escapeHtml(title)}</h1><form method="post" action="/tevisweb/antrag"><table>${form}</table><input type="submit" value="${escapeHtml(submit)}"></form></div>`,
};
