import type { AttributeId, FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { FIELD_KIND_CATALOG } from '../../../shared/vocabulary/field-kind-catalog.ts';
import { ATTRIBUTE_IDS, isAttributeId } from '../../../shared/vocabulary/attribute-ids.ts';

/** The stored attributes a set of field kinds discloses (`streetAndNumber` → street and house number …). */
export function attributesForKinds(kinds: Iterable<FieldKind>): AttributeId[] {
  const ids = new Set<AttributeId>();
  for (const kind of kinds) {
    if (isAttributeId(kind)) ids.add(kind);
    else for (const id of FIELD_KIND_CATALOG[kind].from) ids.add(id);
  }
  // In the order of the vocabulary (names, birth, address, contact), as forms ask for them.
  return ATTRIBUTE_IDS.filter((id) => ids.has(id));
}

/** The field kinds that may be filled when exactly these attributes are approved. */
export function kindsForAttributes(kinds: Iterable<FieldKind>, approved: ReadonlySet<AttributeId>): FieldKind[] {
  return [...new Set(kinds)].filter((kind) => {
    const needs = isAttributeId(kind) ? [kind] : FIELD_KIND_CATALOG[kind].from;
    return needs.length > 0 && needs.every((id) => approved.has(id));
  });
}
