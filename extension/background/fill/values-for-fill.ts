import type { AttributeId, FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { attributesForKinds, kindsForAttributes } from './attributes-for-kinds.ts';

/**
 * Exactly what goes to the content script for one fill (docs/SECURITY.md §3.1.6): the kinds of the
 * fields the page showed that every needed attribute is approved for, and the values of those
 * attributes only. A consented IBAN never travels to a page whose visible fields ask for a name.
 */
export function valuesForFill(
  shownKinds: Iterable<FieldKind>,
  approved: ReadonlySet<AttributeId>,
  stored: ReadonlyMap<AttributeId, string>,
): { kinds: FieldKind[]; attributes: Partial<Record<AttributeId, string>> } {
  const usable = new Set([...approved].filter((id) => stored.has(id)));
  const kinds = kindsForAttributes(shownKinds, usable);
  const attributes: Partial<Record<AttributeId, string>> = {};
  for (const id of attributesForKinds(kinds)) attributes[id] = stored.get(id);
  return { kinds, attributes };
}
