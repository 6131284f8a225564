import { control, escapeHtml, type Platform } from '../platform.ts';

/**
 * Floating labels without `for` (CSS `input:placeholder-shown + label`), a hint text before each
 * field that names nothing, names from a JavaScript model (`model.person.0.x`), sections as cards
 * with a heading.
 */
export const floatingLabels: Platform = {
  id: 'floating-labels',
  modelledOn: 'CSS floating-label themes of CMS form builders (Drupal Webform, WordPress plugins)',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({ name: `model[f${counter}]`, id: '' }),
  field: (f) =>
    `<div class="form-floating"><small class="hint">${f.required ? 'Pflichtangabe' : 'freiwillig'}</small><div class="control">${control(f, 'placeholder=" "')}<label>${escapeHtml(f.label)}</label></div></div>`,
  section: (title, inner) =>
    `<div class="card"><div class="card-header"><h4>${escapeHtml(title)}</h4></div><div class="card-body">${inner}</div></div>`,
  page: (title, form, submit) =>
    `<main><h1>${escapeHtml(title)}</h1><form method="post" action="/webform/submit">${form}<button type="submit">${escapeHtml(submit)}</button></form></main>`,
};
