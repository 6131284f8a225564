import type { StoredAttribute } from '../../../shared/domain/attribute.ts';
import { requiredTrustAt } from '../../../shared/domain/required-trust-at.ts';
import { sectionId } from '../../../shared/domain/section-id.ts';
import { TRUST_LEVELS } from '../../../shared/domain/trust-level.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { AttributeId } from '../../../shared/vocabulary/attribute-ids.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import { attributesForKinds } from './attributes-for-kinds.ts';
import { householdValues } from './household-values.ts';
import type { PendingFillStore } from './pending-fill-store.ts';
import { defaultPersonFor, sectionValues } from './plan-sections.ts';

/** "Mia Mustermann" for the confirm window. */
const nameOf = (values: ReadonlyMap<AttributeId, StoredAttribute> | undefined): string =>
  [values?.get('givenNames')?.value, values?.get('familyName')?.value].filter(Boolean).join(' ');

/**
 * What the confirm window shows for a pending fill: portal, exact origin, each of the citizen's
 * attributes with value, trust and source, and each other person's section with who would fill it
 * and with what. Needs the unlocked vault; the request stays pending.
 */
export async function describePendingFill(
  deps: { registry: PortalRegistry; stores: VaultStores; pending: PendingFillStore },
  keys: VaultKeys,
  pendingId: string,
) {
  const pending = await deps.pending.take(pendingId, { keep: true });
  if (!pending) return fail('NOT_FOUND', 'this request has expired');
  const portal = deps.registry.byId(pending.portalId);
  const household = await householdValues(deps.stores, keys);
  const listed = household.get('self') ?? new Map<AttributeId, StoredAttribute>();
  const persons = await deps.stores.persons.list(keys);
  const remembered =
    pending.sections.length > 0 ? await deps.stores.sectionChoices.get(keys, pending.origin, new URL(pending.url).pathname) : {};
  const consent = await deps.stores.consents.forOrigin(keys, pending.origin);
  const granted = new Set(consent.ok ? (consent.value?.attributeIds ?? []) : []);
  // The page's own service level where the registry knows it (docs/PORTALS.md §16).
  const required = portal ? requiredTrustAt(portal, new URL(pending.url).pathname).trust : 'low';
  const rank = (trust: string): number => TRUST_LEVELS.indexOf(trust as (typeof TRUST_LEVELS)[number]);
  const attributes = attributesForKinds(pending.kinds).flatMap((id) => {
    const stored = listed.get(id);
    if (!stored) return [];
    const ofThis = pending.kinds.filter((k) => attributesForKinds([k]).includes(id));
    const label = ofThis.map((k) => pending.labels[k]).find(Boolean) ?? '';
    const pagePrefill = ofThis.map((k) => pending.prefills[k]).find((p) => p !== undefined) ?? null;
    return [
      {
        attributeId: id,
        fieldLabel: label.slice(0, 120),
        value: stored.value,
        trust: stored.trust,
        source: stored.source,
        ...(stored.readAt !== undefined ? { readAt: stored.readAt } : {}),
        alreadyConsented: granted.has(id),
        meetsTrust: rank(stored.trust) >= rank(required),
        pagePrefill,
      },
    ];
  });
  const sections = pending.sections.map((section) => {
    // The section's own role first, in the order the citizen added them; the citizen is never offered.
    const ordered = [...persons.filter((p) => p.role === section.subject), ...persons.filter((p) => p.role !== section.subject)];
    return {
      section: sectionId(section),
      subject: section.subject,
      group: section.group,
      fields: attributesForKinds(section.kinds).map((id) => ({
        attributeId: id,
        fieldLabel: (
          section.kinds
            .filter((k) => attributesForKinds([k]).includes(id))
            .map((k) => section.labels[k])
            .find(Boolean) ?? ''
        ).slice(0, 120),
      })),
      candidates: ordered.map((person) => {
        const values = household.get(person.personId);
        const planned = sectionValues(
          section,
          new Map([...(values ?? new Map<AttributeId, StoredAttribute>())].map(([id, a]) => [id, a.value])),
        );
        return {
          personId: person.personId,
          role: person.role,
          name: nameOf(values),
          values: Object.entries(planned.attributes).map(([attributeId, value]) => ({
            attributeId: attributeId as AttributeId,
            value: value ?? '',
          })),
        };
      }),
      chosen: defaultPersonFor(section, persons, remembered[sectionId(section)]),
    };
  });
  return ok({ portalName: portal?.name ?? pending.portalId, origin: pending.origin, requiredTrust: required, attributes, sections });
}
