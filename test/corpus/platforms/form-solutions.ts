import { control, escapeHtml, type Platform } from '../platform.ts';

/** Form-Solutions: generated field names, label above each field, a section heading per block. */
export const formSolutions: Platform = {
  id: 'form-solutions',
  modelledOn: 'Form-Solutions Antragsmanagement (many municipal forms)',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({ name: `fs_field_${1000 + counter}`, id: `fs_field_${1000 + counter}` }),
  field: (f) =>
    `<div class="fs-row"><label class="fs-label" for="${f.id}">${escapeHtml(f.label)}${f.required ? '<span class="fs-req">*</span>' : ''}</label>${control(f)}</div>`,
  section: (title, inner) => `<div class="fs-block"><h2 class="fs-heading">${escapeHtml(title)}</h2>${inner}</div>`,
  page: (title, form, submit) =>
    `<header class="fs-header"><img alt="Wappen" src="data:,"><span>Serviceportal</span></header><main><h1>${escapeHtml(title)}</h1><form method="post" action="/antrag/senden" class="fs-form">${form}<div class="fs-nav"><button type="button">Zurück</button><button type="submit">${escapeHtml(submit)}</button></div></form></main>`,
};
