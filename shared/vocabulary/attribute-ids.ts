/** The 25 attribute ids of docs/ATTRIBUTES.md §1, exactly as written there. */
export const ATTRIBUTE_IDS = [
  'givenNames',
  'familyName',
  'birthName',
  'doctoralDegree',
  'artisticName',
  'salutation',
  'gender',
  'birthDate',
  'placeOfBirth',
  'nationality',
  'street',
  'houseNumber',
  'postalCode',
  'city',
  'country',
  'addressAddition',
  'email',
  'phone',
  'taxId',
  'iban',
  'documentType',
  'issuingState',
  'validUntil',
  'pseudonym',
  'communityId',
] as const;
export type AttributeId = (typeof ATTRIBUTE_IDS)[number];

/** Field kinds used only to classify form fields; never stored (docs/ATTRIBUTES.md §4). */
export const CLASSIFICATION_KINDS = [
  'birthDate.day',
  'birthDate.month',
  'birthDate.year',
  'streetAndNumber',
  'fullName',
  'username',
  'password',
] as const;
export type ClassificationKind = (typeof CLASSIFICATION_KINDS)[number];

/** What a classified form field wants: one attribute or one classification kind. */
export type FieldKind = AttributeId | ClassificationKind;

export function isAttributeId(value: string): value is AttributeId {
  return (ATTRIBUTE_IDS as readonly string[]).includes(value);
}
