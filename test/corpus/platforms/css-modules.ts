import { control, escapeHtml, type Platform } from '../platform.ts';

/**
 * A React or Next.js app styled with CSS modules: every class is `Component_word__hash`, section titles
 * are divs (`Form_sectionTitle__…`), names are the form library's dotted paths (`antragsteller.vorname`).
 */
export const cssModules: Platform = {
  id: 'css-modules',
  modelledOn: 'React/Next.js apps with CSS modules (react-hook-form names, hashed class names)',
  autocomplete: true,
  radios: false,
  names: ({ sectionWord, repeat, field, section, counter }) => {
    const path = `${sectionWord}${section.repeat ? `.${repeat - 1}` : ''}.${field.nameWord}`;
    return { name: path, id: `${path.replace(/\./g, '-')}-${counter}` };
  },
  field: (f) =>
    `<div class="Field_root__a8Kd2"><label class="Field_label__Qw3e1" for="${f.id}">${escapeHtml(f.label)}</label>${control(f, 'class="Field_input__Zr5t0"')}</div>`,
  section: (title, inner) =>
    `<section class="Form_section__9fK2a"><div class="Form_sectionTitle__x1Y2z">${escapeHtml(title)}</div>${inner}</section>`,
  page: (title, form, submit) =>
    `<div id="__next"><main class="Page_main__Lk3s0"><h1 class="Page_title__Zp0o1">${escapeHtml(title)}</h1><form method="post" action="/api/antrag" class="Form_root__T4cQw">${form}<button class="Button_primary__Hh2k9" type="submit">${escapeHtml(submit)}</button></form></main></div>`,
};
