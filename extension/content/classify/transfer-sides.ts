import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldOwner } from './find-owner.ts';
import { foldText } from './fold-text.ts';
import type { LexiconKind } from './kind-lexicon.ts';

/** The party that gives something up: the vehicle's, the dog's or the property's owner until now ("bisheriger Fahrzeughalter"). */
const GIVING =
  /\b(bisherige[nrs]?|fruehere[nrs]?|vorherige[nrs]?|previous|former) (kfz )?[a-z]*(halter\w*|eigentuemer\w*|inhaber\w*|besitzer\w*|keeper|owner)\b|\b(verkaeufer\w*|veraeusserer\w*|abgebende[nr]?|vorbesitzer\w*|voreigentuemer\w*|seller)\b/;
/** The party that takes it over ("neuer Hundehalter"). */
const RECEIVING =
  /\b(neue[nrs]?|kuenftige[nrs]?|new) (kfz )?[a-z]*(halter\w*|eigentuemer\w*|inhaber\w*|besitzer\w*|keeper|owner)\b|\b(kaeufer\w*|erwerber\w*|uebernehmende[nr]?|buyer|purchaser)\b/;

type Side = 'giving' | 'receiving';

/**
 * A change of holder names two parties, the one who gives up the vehicle, dog or property and the one who
 * takes it over, and the citizen may be either: the buyer registering a car ("1. Neuer Halter (Käufer)",
 * then "2. Bisheriger Halter"), the seller reporting the sale ("Veräußerer", then "Erwerber"), the dog's
 * owner giving it away ("Hundehalter", later "Bei Abgabe: neuer Halter"). The words alone cannot tell, the
 * order can. Where the citizen's own data came before the first party, both parties are someone else;
 * where a form describes both parties, the first is the citizen and the other someone else; a form with
 * one party's section only keeps what its words said. Pure.
 */
export function fromTransferSides(
  fields: readonly FieldSnapshot[],
  kinds: readonly (LexiconKind | null)[],
  owners: readonly FieldOwner[],
): FieldOwner[] {
  const personal = (i: number): boolean => !!kinds[i] && kinds[i] !== 'none' && (owners[i] as FieldOwner).owner !== 'thing';
  const sides = fields.map((field, i) => (personal(i) ? sideOf(field) : null));
  // Per form: the party described first, whether the citizen's own data came before it, and which parties appear.
  const forms = new Map<number, { first: Side; selfBefore: boolean; both: boolean }>();
  const selfSeen = new Set<number>();
  fields.forEach((field, i) => {
    const side = sides[i];
    const form = forms.get(field.form);
    if (side && !form) forms.set(field.form, { first: side, selfBefore: selfSeen.has(field.form), both: false });
    else if (side && form && side !== form.first) form.both = true;
    else if (!side && personal(i) && (owners[i] as FieldOwner).owner === 'self') selfSeen.add(field.form);
  });
  return owners.map((owner, i) => {
    const side = sides[i];
    const form = forms.get((fields[i] as FieldSnapshot).form);
    // A role in the field's own label or name ("Name des Käufers") is read where it stands; only the party's section turns.
    if (!side || !form || owner.from === 'label' || owner.from === 'name') return owner;
    if (form.selfBefore) return { ...owner, owner: 'other' };
    if (!form.both) return owner;
    return side === form.first ? { ...owner, owner: 'self', number: null } : { ...owner, owner: 'other' };
  });
}

function sideOf(field: FieldSnapshot): Side | null {
  const section = foldText(field.legend || field.heading || field.column);
  if (!section) return null;
  const giving = GIVING.exec(section);
  const receiving = RECEIVING.exec(section);
  // "Erwerber (neuer Halter)" and "Veräußerer (bisheriger Halter)": the words that come first name the party.
  if (giving && receiving) return giving.index < receiving.index ? 'giving' : 'receiving';
  return giving ? 'giving' : receiving ? 'receiving' : null;
}
