import * as v from 'valibot';
import { PersonIdSchema } from '../../shared/domain/person.ts';
import { SectionIdSchema } from '../../shared/protocol/person-messages.ts';
import { MAX_FILL_SECTIONS } from '../../shared/protocol/tab-protocol.ts';
import type { RecordStore } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

const SectionChoiceSchema = v.strictObject({
  origin: v.pipe(v.string(), v.maxLength(300)),
  path: v.pipe(v.string(), v.maxLength(2048)),
  /** Section id (`child|2`) → the person chosen for it, or null: the citizen left it empty. */
  choices: v.pipe(
    v.record(SectionIdSchema, v.nullable(PersonIdSchema)),
    v.check((c) => Object.keys(c).length <= MAX_FILL_SECTIONS, 'too many sections'),
  ),
  updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type SectionChoices = Readonly<Record<string, string | null>>;

/**
 * Who the citizen chose for each other person's section of a form, remembered per origin and path
 * (the form, without query or fragment), so the next visit proposes the same. Encrypted like every
 * record; only a proposal: the confirm window still shows it, and a removed person is not proposed.
 */
export function createSectionChoiceStore(records: RecordStore, now: () => number) {
  const idOf = (keys: VaultKeys, origin: string, path: string): Promise<string> => recordIdFor(keys, `sectionChoice|${origin}${path}`);
  return {
    async get(keys: VaultKeys, origin: string, path: string): Promise<SectionChoices> {
      const found = await records.get(keys, await idOf(keys, origin, path), 'sectionChoice', SectionChoiceSchema);
      return found.ok && found.value ? found.value.choices : {};
    },
    async put(keys: VaultKeys, origin: string, path: string, choices: SectionChoices): Promise<void> {
      await records.commit(keys, [
        {
          id: await idOf(keys, origin, path),
          type: 'sectionChoice',
          payload: { origin, path: path.slice(0, 2048), choices, updatedAt: now() },
        },
      ]);
    },
  };
}
