import * as v from 'valibot';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';

export const MAX_PORTAL_ID_CHARS = 64;
export const PortalIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PORTAL_ID_CHARS), v.regex(/^[a-z0-9-]+$/));

/** The attributes one portal may receive, with when consent was given and last used. */
export const ConsentSchema = v.strictObject({
  portalId: PortalIdSchema,
  attributeIds: v.pipe(v.array(v.picklist(ATTRIBUTE_IDS)), v.maxLength(ATTRIBUTE_IDS.length)),
  grantedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUsedAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type Consent = v.InferOutput<typeof ConsentSchema>;
