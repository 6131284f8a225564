import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { RequestContext } from '../router.ts';
import type { WithKeys } from '../vault/with-keys.ts';

type PersonMessages = Pick<UiProtocol, 'person.list' | 'person.add' | 'person.remove'>;

/** The household besides the citizen, for the popup and options page; every one needs the unlocked vault. */
export function personHandlers(deps: { stores: VaultStores; withKeys: WithKeys }): HandlerMap<PersonMessages, RequestContext> {
  const { stores, withKeys } = deps;
  return {
    'person.list': () =>
      withKeys(async (keys) => {
        const values = (await stores.attributes.listAll(keys)).items.map((i) => i.value);
        const valueOf = (personId: string, id: string): string | undefined =>
          values.find((a) => a.personId === personId && a.attributeId === id)?.value;
        const persons = (await stores.persons.list(keys)).map((person) => ({
          ...person,
          name: [valueOf(person.personId, 'givenNames'), valueOf(person.personId, 'familyName')].filter(Boolean).join(' '),
        }));
        return ok({ persons });
      }),
    // A person is added with a first name, so no list ever shows a nameless "Kind 2".
    'person.add': ({ role, givenNames }) =>
      withKeys(async (keys) => {
        const added = await stores.persons.add(keys, role);
        if (!added.ok) return added;
        const named = await stores.attributes.setTyped(keys, 'givenNames', givenNames, added.value.personId);
        if (named.ok) return added;
        // Nothing half-made stays behind: the person goes again and the citizen hears why.
        await stores.persons.remove(keys, added.value.personId);
        return named;
      }),
    'person.remove': ({ personId }) => withKeys((keys) => stores.persons.remove(keys, personId)),
  };
}
