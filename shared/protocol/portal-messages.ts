import * as v from 'valibot';
import { OriginSchema } from './vault-messages.ts';

/** Schemas of the portal list messages in the UI table (ui-protocol.ts): shipped and citizen-added portals. */

export const PortalSummarySchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(80)),
  origins: v.pipe(v.array(OriginSchema), v.maxLength(10)),
  userAdded: v.boolean(),
  retired: v.boolean(),
});
export const PortalListSchema = v.strictObject({ portals: v.pipe(v.array(PortalSummarySchema), v.maxLength(200)) });
export const PortalAddRequestSchema = v.strictObject({ origin: OriginSchema, name: v.pipe(v.string(), v.maxLength(80)) });
export const PortalRefSchema = v.strictObject({ portalId: v.pipe(v.string(), v.maxLength(64)) });
