import { classifyPage } from '../../extension/content/classify/classify-page.ts';
import type { FieldSnapshot } from '../../extension/content/collect/page-snapshot.ts';
import { pageSnapshot } from './field-snapshot.ts';

/** "kind subject" per field of a one-form page ("- -" without a kind): the owner tests' reading. */
export const kindsAndSubjects = (fields: Partial<FieldSnapshot>[]): string[] =>
  classifyPage(pageSnapshot(fields, ['Antrag absenden'])).fields.map((f) => `${f.kind ?? '-'} ${f.subject ?? '-'}`);

/** A person's section: a name, a given name and a postcode under `legend`, and how it reads as the citizen's or someone else's. */
export const personSection = (legend: string): Partial<FieldSnapshot>[] => [
  { label: 'Familienname', legend },
  { label: 'Vorname', legend },
  { label: 'PLZ', legend },
];
export const AS_SELF = ['familyName self', 'givenNames self', 'postalCode self'];
export const AS_OTHER = ['familyName other', 'givenNames other', 'postalCode other'];
