import { control, escapeHtml, type Platform } from '../platform.ts';

/** Gover: uuid-like names, floating labels after the input, sections labelled by their heading. */
export const gover: Platform = {
  id: 'gover',
  modelledOn: 'Gover (Schleswig-Holstein, Hamburg forms)',
  autocomplete: true,
  radios: true,
  names: ({ counter }) => {
    const id = `f${((counter * 2654435761) % 4294967296).toString(16)}-${((counter * 40503) % 65536).toString(16)}`;
    return { name: id, id };
  },
  field: (f) =>
    f.shape === 'radio'
      ? `<div class="gv-radio" role="radiogroup" aria-labelledby="${f.id}-legend"><span id="${f.id}-legend" class="gv-legend">${escapeHtml(f.label)}</span>${(
          f.spec.options ?? []
        )
          .slice(1)
          .map((o) => `<label><input type="radio" name="${f.name}" value="${escapeHtml(o)}"> ${escapeHtml(o)}</label>`)
          .join('')}</div>`
      : `<div class="gv-input">${control(f, 'placeholder=" "')}<label for="${f.id}">${escapeHtml(f.label)}</label></div>`,
  section: (title, inner, index) =>
    `<section aria-labelledby="sec-${index}"><h3 id="sec-${index}">${escapeHtml(title)}</h3>${inner}</section>`,
  page: (title, form, submit) =>
    `<div id="app"><h1>${escapeHtml(title)}</h1><form method="post" action="/submit">${form}<button type="submit" class="gv-primary">${escapeHtml(submit)}</button></form></div>`,
};
