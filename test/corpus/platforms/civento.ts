import { control, escapeHtml, type Platform } from '../platform.ts';

/** civento: one table per step, label cells before field cells, section title as a spanning header row. */
export const civento: Platform = {
  id: 'civento',
  modelledOn: 'civento (Vitako, ekom21: Hessen, Niedersachsen)',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({
    name: `ctl00$main$ctl${String(counter).padStart(2, '0')}$txt`,
    id: `main_ctl${String(counter).padStart(2, '0')}_txt`,
  }),
  field: (f) =>
    `<tr><td class="cv-label">${escapeHtml(f.label)}:${f.required ? ' *' : ''}</td><td class="cv-input">${control(f)}</td></tr>`,
  section: (title, inner) => `<tr><th colspan="2" class="cv-section">${escapeHtml(title)}</th></tr>${inner}`,
  page: (title, form, submit) =>
    `<div id="cv-page"><h1>${escapeHtml(title)}</h1><form method="post" action="./schritt.aspx" id="aspnetForm"><div class="suche"><input type="search" name="ctl00$suche" placeholder="Suchbegriff"><input type="submit" value="Suchen" name="ctl00$sucheBtn"></div><table class="cv-form">${form}</table><input type="submit" name="ctl00$main$weiter" value="${escapeHtml(submit)}"></form></div>`,
};
