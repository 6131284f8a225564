import type { AttributeId } from './attribute-ids.ts';
import { normaliseCardValue, type CardValue } from './normalise-card-value.ts';
import { splitStreet } from './split-street.ts';

/** Flattened self-information keys (helper/self-info/parse-self-info.ts) → attribute ids. */
const BY_KEY: Readonly<Record<string, AttributeId>> = {
  DocumentType: 'documentType',
  IssuingState: 'issuingState',
  DateOfExpiry: 'validUntil',
  GivenNames: 'givenNames',
  FamilyNames: 'familyName',
  ArtisticName: 'artisticName',
  AcademicTitle: 'doctoralDegree',
  BirthName: 'birthName',
  DateOfBirth: 'birthDate',
  PlaceOfBirth: 'placeOfBirth',
  Nationality: 'nationality',
  City: 'city',
  ZipCode: 'postalCode',
  Country: 'country',
};

/**
 * A wallet read's values as stored attributes (docs/ATTRIBUTES.md §5): each normalised from its raw card
 * form, the one street string split into street and house number. Unknown keys are skipped.
 */
export function cardValuesFromSelfInfo(selfInfo: Readonly<Record<string, string>>): CardValue[] {
  const values: CardValue[] = [];
  for (const [key, raw] of Object.entries(selfInfo)) {
    const id = BY_KEY[key];
    if (id) values.push(normaliseCardValue(id, raw));
  }
  const street = selfInfo.Street;
  if (street !== undefined) {
    const split = splitStreet(street);
    const normalised = normaliseCardValue('street', split.street);
    values.push({ ...normalised, raw: street, needsReview: split.needsReview || normalised.needsReview });
    if (split.houseNumber) values.push({ id: 'houseNumber', value: split.houseNumber, raw: street, needsReview: false });
  }
  return values;
}
