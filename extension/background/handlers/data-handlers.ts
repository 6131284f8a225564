import { isAttributeId } from '../../../shared/vocabulary/attribute-ids.ts';
import { SELF } from '../../../shared/domain/person.ts';
import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { RequestContext } from '../router.ts';
import type { WithKeys } from '../vault/with-keys.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { AttributeId } from '../../../shared/vocabulary/attribute-ids.ts';

type DataMessages = Pick<
  UiProtocol,
  | 'attribute.list'
  | 'attribute.set'
  | 'attribute.delete'
  | 'attribute.history'
  | 'credential.list'
  | 'credential.save'
  | 'credential.delete'
  | 'consent.list'
  | 'consent.grant'
  | 'consent.revoke'
  | 'consent.revokeOrigin'
  | 'consent.revokeAll'
>;

/** Attributes, credentials and consents for the extension pages; every one needs the unlocked vault. */
export function dataHandlers(deps: {
  stores: VaultStores;
  withKeys: WithKeys;
  /** Whether this exact origin belongs to that registered portal: a consent names both. */
  isPortalOrigin: (portalId: string, origin: string) => boolean;
  now: () => number;
}): HandlerMap<DataMessages, RequestContext> {
  const { stores, withKeys } = deps;
  const isPerson = async (keys: VaultKeys, personId: string | undefined): Promise<boolean> =>
    personId === undefined || (await stores.persons.list(keys)).some((p) => p.personId === personId);
  /** Revocations are logged like disclosures: which portal, which kinds of data, never values. */
  const logRevocation = async (
    keys: VaultKeys,
    consent: { portalId: string; origin: string },
    attributeIds: AttributeId[],
  ): Promise<void> => {
    await stores.audit.append(keys, {
      time: deps.now(),
      portalId: consent.portalId,
      origin: consent.origin,
      attributeIds,
      kind: 'consent',
      outcome: 'revoked',
    });
  };
  return {
    'attribute.list': ({ personId }) =>
      withKeys(async (keys) => {
        if (!(await isPerson(keys, personId))) return fail('NOT_FOUND', 'no such person');
        const listed = await stores.attributes.list(keys, personId ?? SELF);
        return ok({ attributes: listed.items.map((item) => item.value), corruptRecords: listed.corrupt.length });
      }),
    // A value is written only for a person the vault knows: no orphan values under a made-up id.
    'attribute.set': ({ attributeId, value, personId }) =>
      withKeys(async (keys) =>
        (await isPerson(keys, personId))
          ? stores.attributes.setTyped(keys, attributeId, value, personId ?? SELF)
          : fail('NOT_FOUND', 'no such person'),
      ),
    'attribute.delete': ({ attributeId, personId }) => withKeys((keys) => stores.attributes.remove(keys, attributeId, personId ?? SELF)),
    'attribute.history': ({ attributeId, personId }) =>
      withKeys(async (keys) =>
        isAttributeId(attributeId)
          ? ok({ entries: await stores.attributes.history(keys, attributeId, personId ?? SELF) })
          : fail('NOT_FOUND', 'unknown attribute'),
      ),
    'credential.list': () => withKeys(async (keys) => ok({ credentials: (await stores.credentials.list(keys)).credentials })),
    'credential.save': (input) => withKeys((keys) => stores.credentials.save(keys, input)),
    'credential.delete': ({ id }) => withKeys((keys) => stores.credentials.remove(keys, id)),
    'consent.list': () => withKeys(async (keys) => ok({ consents: await stores.consents.list(keys) })),
    'consent.grant': ({ portalId, origin, attributeIds }) =>
      withKeys(async (keys) =>
        deps.isPortalOrigin(portalId, origin)
          ? stores.consents.grant(keys, { portalId, origin }, attributeIds)
          : fail('NOT_FOUND', 'not an origin of that portal'),
      ),
    'consent.revoke': ({ origin, attributeId }) =>
      withKeys(async (keys) => {
        const before = await stores.consents.forOrigin(keys, origin);
        const result = await stores.consents.revoke(keys, origin, attributeId);
        if (result.ok && before.ok && before.value?.attributeIds.includes(attributeId))
          await logRevocation(keys, before.value, [attributeId]);
        return result;
      }),
    'consent.revokeOrigin': ({ origin }) =>
      withKeys(async (keys) => {
        const before = await stores.consents.forOrigin(keys, origin);
        const result = await stores.consents.revokeOrigin(keys, origin);
        if (result.ok && before.ok && before.value) await logRevocation(keys, before.value, before.value.attributeIds);
        return result;
      }),
    'consent.revokeAll': () =>
      withKeys(async (keys) => {
        const before = await stores.consents.list(keys);
        const result = await stores.consents.revokeAll(keys);
        if (result.ok) for (const consent of before) await logRevocation(keys, consent, consent.attributeIds);
        return result;
      }),
  };
}
