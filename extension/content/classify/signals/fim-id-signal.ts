import { ATTRIBUTE_CATALOG } from '../../../../shared/vocabulary/attribute-catalog.ts';
import { ATTRIBUTE_IDS, CLASSIFICATION_KINDS, type FieldKind } from '../../../../shared/vocabulary/attribute-ids.ts';
import { FIELD_KIND_CATALOG } from '../../../../shared/vocabulary/field-kind-catalog.ts';
import type { LexiconEvidence } from './label-signal.ts';

/** FIM field or group id → kind, from the vocabulary (9-digit XDF2 form). */
const FIM_TO_KIND = new Map<string, FieldKind>([
  ...ATTRIBUTE_IDS.flatMap((id) => ATTRIBUTE_CATALOG[id].fimIds.map((fim) => [fim, id] as const)),
  ...CLASSIFICATION_KINDS.flatMap((kind) => FIELD_KIND_CATALOG[kind].fimIds.map((fim) => [fim, kind] as const)),
]);

// F60000227 (XDF2), F60000000227 (XDF3) and older f00000013, in names such as `f00000013_h` or `G60000083.F60000231`.
const FIM_ID = /(?:^|[^a-z0-9])([fg])(6|0)0000(?:000)?(\d{3})(?![0-9])/gi;

/**
 * An exact FIM field id in the name or id outranks every other signal (docs/ATTRIBUTES.md §7.1). The last
 * field id wins (`G60000083.F60000231` is the day of the birth-date group); a group id alone counts
 * less, since a group may hold several fields.
 */
export function fimIdSignal(nameOrId: string): LexiconEvidence[] {
  let field: FieldKind | undefined;
  let group: FieldKind | undefined;
  for (const match of nameOrId.matchAll(FIM_ID)) {
    const letter = (match[1] as string).toUpperCase();
    const kind = FIM_TO_KIND.get(`${letter}${match[2]}0000${match[3]}`);
    if (!kind) continue;
    if (letter === 'F') field = kind;
    else group = kind;
  }
  if (field) return [{ kind: field, weight: 1.2 }];
  return group ? [{ kind: group, weight: 0.7 }] : [];
}
