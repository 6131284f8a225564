import type { PageSnapshot } from '../collect/page-snapshot.ts';
import { fromFillersSide } from './filler-side.ts';
import { findOwner, type FieldOwner } from './find-owner.ts';
import type { LexiconKind } from './kind-lexicon.ts';
import { fromRevealingChoices } from './revealing-choice.ts';
import { fromTransferSides } from './transfer-sides.ts';

/**
 * Whose data each field asks for: first each field on its own (its label, name, row, section), then
 * what only the page as a whole says, in this order: whose side the form is filled from (a landlord's
 * confirmation turns the roles), which party of a change of holder the citizen is, and which blocks a
 * choice opened for another address or person. Each pass reads the one before. Pure.
 */
export function readOwners(snapshot: PageSnapshot, kinds: readonly (LexiconKind | null)[]): FieldOwner[] {
  const { fields } = snapshot;
  const own = fields.map(findOwner);
  const turned = fromFillersSide(snapshot, own);
  const parties = fromTransferSides(fields, kinds, turned);
  return fromRevealingChoices(fields, kinds, parties);
}
