/** One block of ten labelled fields as German forms write them (labels, names, one select). */
const BLOCK = [
  ['Vorname', 'vorname', 'text'],
  ['Nachname', 'nachname', 'text'],
  ['Geburtsdatum', 'geburtsdatum', 'text'],
  ['Geburtsort', 'geburtsort', 'text'],
  ['Straße', 'strasse', 'text'],
  ['Hausnummer', 'hausnummer', 'text'],
  ['PLZ', 'plz', 'text'],
  ['Ort', 'ort', 'text'],
  ['E-Mail', 'email', 'email'],
  ['Telefon', 'telefon', 'tel'],
] as const;

/**
 * A form page with `fields` fields in sections of ten (the applicant first, then further sections,
 * so every field is collected, labelled and classified). Used by the classification and fill benchmarks.
 */
export function syntheticForm(fields: number): string {
  const sections: string[] = [];
  for (let s = 0; s * BLOCK.length < fields; s++) {
    const rows = BLOCK.slice(0, Math.min(BLOCK.length, fields - s * BLOCK.length)).map(
      ([label, name, type]) =>
        `<div class="row"><label for="f${s}-${name}">${label}</label><input id="f${s}-${name}" name="s${s}.${name}" type="${type}"></div>`,
    );
    sections.push(`<fieldset><legend>${s === 0 ? 'Antragsteller/in' : `Abschnitt ${s + 1}`}</legend>${rows.join('')}</fieldset>`);
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Antrag</title></head><body><h1>Antrag</h1><form action="/senden" method="post">${sections.join('')}<button>Weiter</button></form></body></html>`;
}

/**
 * Script that turns a page holding `<label id="wrap">` into a label wrapping 300,000 hidden elements
 * and 500 checkboxes (once a one-minute freeze of collection). Used by the bounds tests and the bench.
 */
export const HOSTILE_LABEL_SCRIPT = `(() => {
  const label = document.getElementById('wrap');
  const hidden = document.createElement('div');
  hidden.hidden = true;
  hidden.innerHTML = '<i></i>'.repeat(300000);
  label.append(hidden);
  for (let i = 0; i < 500; i++) label.insertAdjacentHTML('beforeend', '<input type="checkbox" name="c' + i + '">');
})()`;
