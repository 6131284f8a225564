import { control, escapeHtml, type Platform } from '../platform.ts';

/** ELSTER style: numbered lines ("07 Straße"), Kennzahl names, a heading per block. */
export const elster: Platform = {
  id: 'elster',
  modelledOn: 'ELSTER forms: numbered lines and Kennzahlen',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({ name: `Kz${String(100 + counter * 3).padStart(4, '0')}`, id: `kz_${100 + counter * 3}` }),
  field: (f) =>
    `<div class="zeile"><label for="${f.id}"><span class="zeilennr">${String(Number(f.id.slice(3)) % 97).padStart(2, '0')}</span> ${escapeHtml(f.label)}</label>${control(f)}</div>`,
  section: (title, inner) => `<h2 class="bereich">${escapeHtml(title)}</h2>${inner}`,
  page: (title, form, submit) =>
    `<div class="elster"><h1>${escapeHtml(title)}</h1><form method="post" action="/eportal/formulare">${form}<button type="submit">${escapeHtml(submit)}</button></form></div>`,
};
