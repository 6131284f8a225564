/** Stored values of `gender` (docs/ATTRIBUTES.md §5.5). */
export const GENDERS = ['female', 'male', 'diverse', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];

/** Stored values of `salutation`; never derived from gender. */
export const SALUTATIONS = ['frau', 'herr', 'none'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

/** How each stored choice reads in German (as the Personalausweis and the forms write it). */
export const GENDER_LABELS_DE: Readonly<Record<Gender, string>> = {
  female: 'weiblich',
  male: 'männlich',
  diverse: 'divers',
  unspecified: 'ohne Angabe',
};
export const SALUTATION_LABELS_DE: Readonly<Record<Salutation, string>> = { frau: 'Frau', herr: 'Herr', none: 'keine Anrede' };

const GENDER_WORDS: Readonly<Record<string, Gender>> = {
  female: 'female',
  weiblich: 'female',
  w: 'female',
  f: 'female',
  '2': 'female',
  male: 'male',
  männlich: 'male',
  maennlich: 'male',
  m: 'male',
  '1': 'male',
  diverse: 'diverse',
  divers: 'diverse',
  d: 'diverse',
  unspecified: 'unspecified',
  'ohne angabe': 'unspecified',
  'keine angabe': 'unspecified',
  x: 'unspecified',
};

const SALUTATION_WORDS: Readonly<Record<string, Salutation>> = {
  frau: 'frau',
  herr: 'herr',
  none: 'none',
  'keine anrede': 'none',
  'ohne anrede': 'none',
  no_anrede: 'none',
};

/** German or English words, BundID's `1`/`2`, or the stored value → the stored value; null otherwise. */
export function parseGender(text: string): Gender | null {
  return GENDER_WORDS[text.trim().toLocaleLowerCase('de-DE')] ?? null;
}

export function parseSalutation(text: string): Salutation | null {
  return SALUTATION_WORDS[text.trim().toLocaleLowerCase('de-DE')] ?? null;
}
