import { control, escapeHtml, pascal, radios, type Platform } from '../platform.ts';

/** formcycle (XIMA): names `tf…` chosen by the form designer, X-classes, containers titled by a div. */
export const formcycle: Platform = {
  id: 'formcycle',
  modelledOn: 'XIMA formcycle (service-bw, many Länder)',
  autocomplete: false,
  radios: true,
  names: ({ sectionWord, repeat, field, section }) => {
    const name = `tf${pascal(sectionWord)}${section.repeat ? repeat : ''}${pascal(field.nameWord)}`;
    return { name, id: `xi-${name}` };
  },
  field: (f) =>
    f.shape === 'radio'
      ? radios(
          f,
          (inputs) =>
            `<fieldset class="XItem XRadio" data-name="${f.name}"><legend class="XLabel">${escapeHtml(f.label)}</legend>${inputs}</fieldset>`,
        )
      : `<div class="XItem XTextField" data-name="${f.name}"><label class="XLabel" for="${f.id}">${escapeHtml(f.label)}</label>${control(f, 'class="XInput"')}</div>`,
  section: (title, inner) => `<div class="XContainer"><div class="XTitle"><h3>${escapeHtml(title)}</h3></div>${inner}</div>`,
  page: (title, form, submit) =>
    `<div class="XPage"><h1>${escapeHtml(title)}</h1><form class="xm-form" method="post" action="/formcycle/form/provide/2874">${form}<button class="XButton" type="submit">${escapeHtml(submit)}</button></form></div>`,
};
