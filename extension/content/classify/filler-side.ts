import type { FieldSnapshot, PageSnapshot } from '../collect/page-snapshot.ts';
import type { FieldOwner } from './find-owner.ts';
import { foldText } from './fold-text.ts';

/**
 * Forms the citizen fills in as the landlord: the Wohnungsgeberbestätigung (§ 19 BMG) and the
 * Mietbescheinigung. Their purpose, in the h1 or the title, says who fills them in.
 */
const FILLED_BY_LANDLORD =
  /\b(wohnungsgeberbestaetigung|wohnungsgeberbescheinigung|bestaetigung des wohnungsgebers|bestaetigung der wohnungsgeberin|mietbescheinigung|vermieterbescheinigung|bescheinigung des vermieters)\b/;
const LANDLORD = /\b(wohnungsgeber\w*|vermieter\w*|eigentuemer\w*)\b/;
const TENANTS = /\b(meldepflichtig\w*|mieter|mieterin|mieters|mieterinnen|eingezogen\w*|ausgezogen\w*|bewohner\w*)\b/;
const THE_FLAT = /\b(anschrift|lage|adresse) der (wohnung|mietwohnung|mietsache)\b|^(die )?(wohnung|mietwohnung|mietsache)\b/;

/**
 * Whose data each field is, read from the side of the person filling the form in. On a form that is
 * usually the other party's to fill (the landlord's confirmation of a move), the roles turn: the
 * landlord's section is the citizen's own, the tenants who moved in are someone else, and the flat is
 * nobody's. Elsewhere the owners stay as found.
 */
export function fromFillersSide(snapshot: PageSnapshot, owners: readonly FieldOwner[]): FieldOwner[] {
  if (!FILLED_BY_LANDLORD.test(foldText(`${snapshot.h1} ${snapshot.title}`))) return [...owners];
  return owners.map((owner, i) => {
    const section = sectionText(snapshot.fields[i] as FieldSnapshot);
    if (LANDLORD.test(section)) return { ...owner, owner: 'self', number: null };
    if (TENANTS.test(section)) return { ...owner, owner: 'other' };
    if (THE_FLAT.test(section)) return { ...owner, owner: 'thing', number: null };
    return owner;
  });
}

function sectionText(field: FieldSnapshot): string {
  return foldText(field.legend || field.heading || field.column);
}
