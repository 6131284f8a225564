import { control, escapeHtml, type Platform } from '../platform.ts';

/** A React design system (Hamburg Service style): no names, generated ids, labels and groups only as aria-labelledby chains. */
export const reactAria: Platform = {
  id: 'react-aria',
  modelledOn: 'React design systems (Hamburg Service, Berlin): aria-labelledby only',
  autocomplete: true,
  radios: false,
  names: ({ counter }) => ({ name: '', id: `:r${counter.toString(36)}:` }),
  field: (f) =>
    `<div class="field"><span class="field-label" id="${f.id}-label">${escapeHtml(f.label)}</span>${control(f, `aria-labelledby="${f.id}-label" aria-describedby="${f.id}-hint"`)}<span id="${f.id}-hint" class="hint"></span></div>`,
  section: (title, inner, index) =>
    `<div role="group" aria-labelledby="group-${index}"><div id="group-${index}" class="group-title" role="heading" aria-level="2">${escapeHtml(title)}</div>${inner}</div>`,
  page: (title, form, submit) =>
    `<div id="root"><h1>${escapeHtml(title)}</h1><form method="post" action="/api/antrag">${form}<button type="submit">${escapeHtml(submit)}</button></form></div>`,
};
