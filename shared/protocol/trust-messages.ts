import * as v from 'valibot';
import { TRUST_LEVELS } from '../domain/trust-level.ts';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

/**
 * The trust level a portal page needs against what the citizen has (docs/PORTALS.md §16): popup ↔
 * background. `trust` is null when the tab is on no portal.
 */
export const TrustStatusSchema = v.strictObject({
  trust: v.nullable(
    v.strictObject({
      portalName: v.pipe(v.string(), v.maxLength(120)),
      required: v.picklist(TRUST_LEVELS),
      /** The registry's name of the service whose level applies; null: the portal's general level. */
      service: v.nullable(v.pipe(v.string(), v.maxLength(120))),
      account: v.picklist(['meets', 'below', 'unknown']),
      /** When Amtspass last signed the citizen in here with the Online-Ausweis (ms since epoch), if ever. */
      eidSignInAt: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
      data: v.picklist(['meets', 'below', 'none']),
      dataCounts: v.strictObject({ low: Count, substantial: Count, high: Count }),
      /** The vault is locked: account and data could not be read. */
      locked: v.boolean(),
      steps: v.pipe(v.array(v.picklist(['upgrade-page', 'eid-signin', 'read-card'])), v.maxLength(3)),
    }),
  ),
});
export type TrustStatus = v.InferOutput<typeof TrustStatusSchema>;
