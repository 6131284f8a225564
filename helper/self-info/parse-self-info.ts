import * as v from 'valibot';
import type { SelfInfo } from '../../shared/protocol/eid-messages.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';

const Value = v.pipe(v.string(), v.maxLength(512));
const Place = v.looseObject({
  FreetextPlace: v.optional(Value),
  NoPlaceInfo: v.optional(Value),
  StructuredPlace: v.optional(
    v.looseObject({ Street: v.optional(Value), City: v.optional(Value), ZipCode: v.optional(Value), Country: v.optional(Value) }),
  ),
});
const Permission = v.picklist(['ALLOWED', 'PROHIBITED', 'NOTONCHIP']);

/** Self-information JSON as AusweisApp's own self-authentication reads it (docs/EID.md §11 b). */
const SelfInfoJsonSchema = v.looseObject({
  PersonalData: v.looseObject({
    DocumentType: v.optional(Value),
    IssuingState: v.optional(Value),
    DateOfExpiry: v.optional(Value),
    GivenNames: v.optional(Value),
    FamilyNames: v.optional(Value),
    ArtisticName: v.optional(Value),
    AcademicTitle: v.optional(Value),
    BirthName: v.optional(Value),
    DateOfBirth: v.optional(Value),
    PlaceOfBirth: v.optional(Place),
    PlaceOfResidence: v.optional(Place),
    Nationality: v.optional(Value),
  }),
  OperationsAllowedByUser: v.record(v.pipe(v.string(), v.maxLength(64)), Permission),
  Result: v.optional(v.looseObject({ ResultMajor: v.optional(Value) })),
});

const PLAIN_KEYS = [
  'DocumentType',
  'IssuingState',
  'DateOfExpiry',
  'GivenNames',
  'FamilyNames',
  'ArtisticName',
  'AcademicTitle',
  'BirthName',
  'DateOfBirth',
  'Nationality',
] as const;

/**
 * The values the citizen allowed, flattened: places become `PlaceOfBirth` and `Street`/`City`/
 * `ZipCode`/`Country`. Values whose permission is not ALLOWED are dropped, empty ones too;
 * `RestrictedID` is never taken (it is per service and must not become a cross-portal key).
 */
export function parseSelfInfo(json: unknown): Result<SelfInfo> {
  const parsed = v.safeParse(SelfInfoJsonSchema, json);
  if (!parsed.success) return fail('INVALID_VALUE', 'the provider did not return self-information');
  const { PersonalData: data, OperationsAllowedByUser: allowed, Result: result } = parsed.output;
  if (result?.ResultMajor !== undefined && !result.ResultMajor.endsWith('#ok'))
    return fail('INVALID_VALUE', 'the provider reports an error');
  const out: Record<string, string> = {};
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  };
  for (const key of PLAIN_KEYS) if (allowed[key] === 'ALLOWED') put(key, data[key]);
  if (allowed.PlaceOfBirth === 'ALLOWED') put('PlaceOfBirth', data.PlaceOfBirth?.FreetextPlace ?? data.PlaceOfBirth?.StructuredPlace?.City);
  const residence = data.PlaceOfResidence?.StructuredPlace;
  if (allowed.PlaceOfResidence === 'ALLOWED' && residence) {
    put('Street', residence.Street);
    put('City', residence.City);
    put('ZipCode', residence.ZipCode);
    put('Country', residence.Country);
  }
  if (Object.keys(out).length === 0) return fail('INVALID_VALUE', 'the provider returned no data the citizen allowed');
  return ok(out);
}
