import { describe, expect, it } from 'vitest';
import { normaliseDoctoralDegree, normalisePersonName } from '../../../../shared/vocabulary/normalise-person-name.ts';
import { normalisePlaceName } from '../../../../shared/vocabulary/normalise-place-name.ts';

describe('normalisePersonName', () => {
  it.each([
    ['ERIKA', 'Erika'],
    ['MUSTERMANN', 'Mustermann'],
    ['GABLER', 'Gabler'],
    ['ERIKA MARIA', 'Erika Maria'],
    ['  ERIKA   MARIA ', 'Erika Maria'],
    ['MÜLLER-LÜDENSCHEIDT', 'Müller-Lüdenscheidt'],
    ['VON UND ZU GUTTENBERG', 'von und zu Guttenberg'],
    ['VON DER LEYEN', 'von der Leyen'],
    ['ZUR MÜHLEN', 'zur Mühlen'],
    ['VAN DER BERG', 'Van der Berg'],
    ['DE LA CRUZ', 'De la Cruz'],
    ["O'BRIEN", "O'Brien"],
    ['STRAẞBURGER', 'Straßburger'],
    ['GROSS', 'Gross'],
    ['Erika', 'Erika'],
    ['van der Berg', 'van der Berg'],
    ['McDONALD', 'McDONALD'],
    ['ÆSA', 'Æsa'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePersonName(raw)).toBe(expected);
  });
});

describe('normalisePlaceName', () => {
  it.each([
    ['KÖLN', 'Köln'],
    ['BERLIN', 'Berlin'],
    ['HEIDESTRAẞE', 'Heidestraße'],
    ['THOMAS-MANN-STRAẞE', 'Thomas-Mann-Straße'],
    ['STRASSE', 'Strasse'],
    ['PRATERSTRASSE', 'Praterstrasse'],
    ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ['MÜLHEIM AN DER RUHR', 'Mülheim an der Ruhr'],
    ['STRAẞE DES 17. JUNI', 'Straße des 17. Juni'],
    ['AN DER ALTEN KIRCHE', 'An der Alten Kirche'],
    ['HALLE (SAALE)', 'Halle (Saale)'],
    ['RANKESTR.', 'Rankestr.'],
    ['ST. INGBERT', 'St. Ingbert'],
    ['ROTHENBURG OB DER TAUBER', 'Rothenburg ob der Tauber'],
    ['NEUSTADT A.D. WALDNAAB', 'Neustadt a.d. Waldnaab'],
    ['OEDENREUTHER HAUPTSTRAẞE', 'Oedenreuther Hauptstraße'],
    ['IM WINKEL', 'Im Winkel'],
    ['Frankfurt am Main', 'Frankfurt am Main'],
  ])('%s → %s', (raw, expected) => {
    expect(normalisePlaceName(raw)).toBe(expected);
  });
});

describe('normaliseDoctoralDegree', () => {
  it.each([
    ['DR.', 'Dr.'],
    ['PROF. DR.', 'Prof. Dr.'],
    ['DR.HC.', 'Dr.hc.'],
    ['DR.EH.', 'Dr.eh.'],
    ['DR. RER. NAT.', 'Dr. rer. nat.'],
    ['Dr. med.', 'Dr. med.'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDoctoralDegree(raw)).toBe(expected);
  });
});
