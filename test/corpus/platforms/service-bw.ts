import { control, escapeHtml, type Platform } from '../platform.ts';

/** service-bw / Verwaltungsportal style: dotted German names, fieldsets with legends, Bootstrap rows. */
export const serviceBw: Platform = {
  id: 'service-bw',
  modelledOn: 'service-bw and Verwaltungsportale (Hessen, Rheinland-Pfalz): Bootstrap forms',
  autocomplete: false,
  radios: false,
  names: ({ sectionWord, repeat, section, field }) => {
    const name = `${sectionWord}${section.repeat ? `[${repeat - 1}]` : ''}.${field.nameWord}`;
    return { name, id: name.replace(/[[\].]/g, '_') };
  },
  field: (f) =>
    `<div class="form-group row"><label for="${f.id}" class="col-sm-4 col-form-label">${escapeHtml(f.label)}${f.required ? ' <abbr title="Pflichtfeld">*</abbr>' : ''}</label><div class="col-sm-8">${control(f, 'class="form-control"')}</div></div>`,
  section: (title, inner) => `<fieldset class="border p-3"><legend>${escapeHtml(title)}</legend>${inner}</fieldset>`,
  page: (title, form, submit) =>
    `<nav class="navbar"><a href="/">Startseite</a> <a href="/anmelden">Anmelden</a></nav><main class="container"><h1>${escapeHtml(title)}</h1><form method="post" action="/antrag">${form}<button class="btn btn-primary" type="submit">${escapeHtml(submit)}</button></form></main>`,
};
