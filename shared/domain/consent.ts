import * as v from 'valibot';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';

export const MAX_PORTAL_ID_CHARS = 64;
export const PortalIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PORTAL_ID_CHARS), v.regex(/^[a-z0-9-]+$/));

/** An exact https origin (`https://host[:port]`), the unit a consent is given for. */
export const ConsentOriginSchema = v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/[^/?#\s]+$/));

/**
 * The attributes one exact origin of a portal may receive, with when consent was given and last used.
 * Per origin, not per portal: a portal with several origins asks again on each (docs/SECURITY.md §3.1.7).
 */
export const ConsentSchema = v.strictObject({
  portalId: PortalIdSchema,
  origin: ConsentOriginSchema,
  attributeIds: v.pipe(v.array(v.picklist(ATTRIBUTE_IDS)), v.maxLength(ATTRIBUTE_IDS.length)),
  grantedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUsedAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type Consent = v.InferOutput<typeof ConsentSchema>;
