import { PAST_NAME } from './kind-lexicon.ts';
import { memoize } from './memoize.ts';

/** Whose data a field asks for. `null`: nobody's (the field has no kind). */
export type Subject = 'self' | 'partner' | 'child' | 'other';

/** What a role word stands for: a person of some subject, or something that is no person at all. */
export type Owner = Subject | 'thing';

/**
 * Role words (folded, whole words) → owner. German and English, singular and the declined forms
 * forms use ("des Kindes", "der Antragstellerin"). A role word names whose data follows; `thing`
 * words (animals, vehicles, companies, authorities, institutions, events) say the data is nobody's.
 */
const ROLE_WORDS: readonly (readonly [Owner, string])[] = [
  [
    'self',
    'antragsteller|antragstellerin|antragstellers|antragstellende person|antragstellenden person|antragstellende|antragstellenden|anmeldende person|anmeldenden person|meldepflichtige person|meldepflichtigen person|applicant|applicants|hauptperson|inhaber des kontos|kontoinhaber|kontoinhaberin|hauptantragsteller|hauptantragstellerin|betriebsinhaber|betriebsinhaberin|gewerbetreibende|gewerbetreibenden|halter|halterin|halters|fahrzeughalter|fahrzeughalterin|fahrzeughalters|kfz halter|kfz halterin|hundehalter|hundehalterin|tierhalter|tierhalterin|steuerpflichtige|steuerpflichtigen|versicherte|versicherten|leistungsberechtigte|leistungsberechtigten|elternteil 1|1 elternteil|erster elternteil|erstes elternteil|mitglied|studierende|studierenden|bewerber|bewerberin|bauherr|bauherrin|bauherrn|bauherren|bauherrschaft',
  ],
  [
    'child',
    'kind|kindes|kinder|kindern|kinds|sohn|tochter|pflegekind|pflegekindes|stiefkind|stiefkindes|adoptivkind|child|childs|children|enkelkind|schueler|schuelerin|schuelers|schuelerinnen|schulkind|schulkindes',
  ],
  [
    'partner',
    'ehefrau|ehemann|ehemannes|ehegatte|ehegattin|ehegatten|ehegattins|ehepartner|ehepartnerin|ehepartners|lebenspartner|lebenspartnerin|lebenspartners|lebensgefaehrte|lebensgefaehrtin|lebensgefaehrten|partner|partnerin|partners|spouse|spouses|husband|wife|zweiter elternteil|zweiten elternteils|elternteil 2|2 elternteil|anderer elternteil|anderen elternteils|andere elternteil|anderen elternteil|zweiten elternteil|weiterer elternteil|weiteren elternteils|mitantragsteller|mitantragstellerin|other parent|second parent|verlobte|verlobten|verlobter|fiance|fiancee',
  ],
  [
    'other',
    'weitere person|weiteren person|weitere personen|weiterer personen|zweite person|person 2|person 3|person 4|person 5|person 6|person 7|person 8|person 9|haushaltsmitglied|haushaltsmitglieder|haushaltsmitgliedern|im haushalt lebende personen|im haushalt lebenden personen|zum haushalt gehoerende personen|zum haushalt gehoerenden personen|personen im haushalt|haushaltsangehoerige|haushaltsangehoerigen|mitbewohner|mitbewohnerin|mitziehende|mitziehenden|familienangehoerige|familienangehoerigen|angehoerige|angehoerigen|gesetzliche vertretung|gesetzlichen vertretung|gesetzlicher vertreter|gesetzliche vertreterin|gesetzlichen vertreters|vertreter|vertreterin|vertreters|bevollmaechtigte|bevollmaechtigten|bevollmaechtigter|empfangsbevollmaechtigte|betreuer|betreuerin|vormund|elternteil|mutter|vater|vaters|kindesmutter|kindesvater|kindsmutter|kindsvater|vermieter|vermieterin|vermieters|wohnungsgeber|wohnungsgeberin|wohnungsgebers|vorbesitzer|vorbesitzerin|vorbesitzers|voreigentuemer|eigentuemer|eigentuemerin|miteigentuemer|miteigentuemerin|beteiligte|beteiligter|kontoinhaber abweichend|abweichender kontoinhaber|antragsgegner|antragsgegnerin|gegner|beklagte|beklagten|zeuge|zeugin|schuldner|schuldnerin|glaeubiger|glaeubigerin|verstorbene|verstorbenen|verstorbener|erblasser|erblasserin|erbe|erben|erbin|erbinnen|miterbe|miterben|miterbin|miterbinnen|heir|heirs|verkaeufer|verkaeuferin|verkaeufers|seller|veraeusserer|veraeussererin|veraeusserers|erwerber|erwerberin|erwerbers|kaeufer|kaeuferin|kaeufers|buyer|purchaser|new keeper|new owner|previous owner|former owner|previous keeper|ansprechpartner|ansprechpartnerin|ansprechperson|ansprechpersonen|kontaktperson|kontaktpersonen|notfallkontakt|naechste angehoerige|naechster angehoeriger|naechsten angehoerigen|empfaenger|empfaengerin|grosseltern|geschwister|bruder|schwester|other person|second person|landlord|guardian|representative|emergency contact|next of kin|nearest relative|mother|father|parent|recipient|beneficiary|begleitperson|begleitpersonen|hilfsperson|pflegeperson|unterstuetzende person|unterstuetzenden person|helper|carer|caregiver|someone helping you|person helping you|contact person|arzt|aerztin|aerzte|aerztinnen|arztes|hausarzt|hausaerztin|kinderarzt|kinderaerztin|zahnarzt|zahnaerztin|facharzt|fachaerztin|therapeut|therapeutin|psychotherapeut|psychotherapeutin|hebamme|rechtsanwalt|rechtsanwaeltin|anwalt|anwaeltin|steuerberater|steuerberaterin|notar|notarin|doctor|physician|gp|solicitor|lawyer|entwurfsverfasser|entwurfsverfasserin|entwurfsverfassers|planverfasser|planverfasserin|bauvorlageberechtigte|bauvorlageberechtigter|architekt|architektin|architekten|bauleiter|bauleiterin|tragwerksplaner|tragwerksplanerin|pruefingenieur|pruefingenieurin|sachverstaendige|sachverstaendiger|sachverstaendigen|gutachter|gutachterin|vermesser|vermesserin|dolmetscher|dolmetscherin|uebersetzer|uebersetzerin|makler|maklerin|architect|surveyor|interpreter|translator',
  ],
  [
    'thing',
    'hund|hundes|hunde|katze|tier|tieres|tiers|pferd|haustier|dog|dogs|cat|pet|animal|fahrzeug|fahrzeugs|fahrzeuges|kfz|kraftfahrzeug|vehicle|car|firma|firmen|unternehmen|unternehmens|betrieb|betriebs|betriebes|betriebsstaette|gewerbe|gewerbebetrieb|niederlassung|hauptniederlassung|zweigniederlassung|arbeitgeber|arbeitgeberin|arbeitgebers|arbeitsstelle|arbeitsort|arbeitsplatz|dienstort|beschaeftigung|beschaeftigungsverhaeltnis|arbeitsverhaeltnis|employment|workplace|place of work|ausbildungsstaette|ausbildungsbetrieb|beschaeftigungsstelle|company|companys|employer|employers|organisation|organization|behoerde|empfangsbehoerde|dienststelle|amt|amtes|gericht|gerichts|authority|agency|einrichtung|kita|kindertagesstaette|kindertageseinrichtung|schule|hochschule|universitaet|school|university|verein|vereins|krankenkasse|pflegekasse|versicherung|versicherungstraeger|traeger|institution|praxis|arztpraxis|veranstaltung|veranstaltungsort|event|objekt|grundstueck|grundstuecks|immobilie|mietobjekt|baustelle|sondernutzung|massnahme|aufstellung|vorfall|vorfalls|unfall|unfalls|unfallort|tatort|einsatzort|standort|aufstellort|stellplatz|organisationen|zweitwohnung|nebenwohnung|zweitwohnsitz|nebenwohnsitz|ferienwohnung|second home|holiday home|standesamt|finanzamt|jugendamt|landratsamt|ordnungsamt|buergeramt|meldeamt|einwohnermeldeamt|sozialamt|bauamt|gesundheitsamt|auslaenderbehoerde|wohnungsamt|versorgungsamt|zollamt',
  ],
];

/**
 * Parents and guardians counted on the form ("Personensorgeberechtigte/r 1 (Sie)", "Erziehungsberechtigte
 * Person 2", "zweiter Elternteil"): the first is the applicant, the second the other parent, written as
 * the partner. Unnumbered they are someone else (`other` above).
 */
const COUNTED_GUARDIANS = [
  'elternteil',
  'sorgeberechtigte',
  'sorgeberechtigter',
  'personensorgeberechtigte',
  'personensorgeberechtigter',
  'erziehungsberechtigte',
  'erziehungsberechtigter',
  'parent',
  'guardian',
  'legal guardian',
];
const countedGuardians = (owner: Owner, digit: string, ordinals: readonly string[]): (readonly [string, Owner])[] =>
  COUNTED_GUARDIANS.flatMap((g) =>
    [`${g} ${digit}`, `${g} r ${digit}`, `${g} person ${digit}`, `${digit} ${g}`, ...ordinals.map((o) => `${o} ${g}`)].map(
      (phrase) => [phrase, owner] as const,
    ),
  );

/**
 * Couples counted on the form ("Verlobte Person 1 (Sie)", "Ehegatte 2", "Lebenspartner/in 2"): the first is
 * the applicant, the second the partner. Unnumbered, a fiancé(e) or spouse is the partner (above).
 */
const COUNTED_COUPLE = [
  'verlobte',
  'verlobter',
  'eheschliessende',
  'eheschliessender',
  'ehegatte',
  'ehegattin',
  'ehepartner',
  'ehepartnerin',
  'lebenspartner',
  'lebenspartnerin',
  'partner',
  'partnerin',
  'spouse',
];
const countedCouple = (owner: Owner, digit: string): (readonly [string, Owner])[] =>
  COUNTED_COUPLE.flatMap((g) =>
    [`${g} ${digit}`, `${g} r ${digit}`, `${g} in ${digit}`, `${g} person ${digit}`].map((p) => [p, owner] as const),
  );

const ROLE_INDEX: ReadonlyMap<string, Owner> = new Map([
  ...ROLE_WORDS.flatMap(([owner, words]) => words.split('|').map((w) => [w, owner] as const)),
  ['sorgeberechtigte', 'other'],
  ['sorgeberechtigten', 'other'],
  ['personensorgeberechtigte', 'other'],
  ['personensorgeberechtigten', 'other'],
  ['erziehungsberechtigte', 'other'],
  ['erziehungsberechtigten', 'other'],
  ...countedGuardians('self', '1', ['erste', 'erster', 'erstes', 'first']),
  ...countedGuardians('partner', '2', ['zweite', 'zweiter', 'zweites', 'zweiten', 'second']),
  ...countedCouple('self', '1'),
  ...countedCouple('partner', '2'),
]);

/**
 * Heads of German compounds that name an organisation or an institution: "Bestattungsunternehmen",
 * "Baufirma", "Pflegedienst", "Hausverwaltung", "Steuerberatungsgesellschaft". The compound is the head's
 * kind of thing, whatever stands before it; whole role words are tried first at every position.
 */
const THING_HEADS =
  'unternehmen|unternehmens|firma|betrieb|betriebs|betriebes|behoerde|kasse|versicherung|verwaltung|gericht|gerichts|schule|praxis|dienst|dienstes|gesellschaft|verein|vereins|einrichtung|buero|bueros|kanzlei|klinik|krankenhaus|anstalt|traeger|stelle|zentrum|institut|verband|genossenschaft|grundstueck|grundstuecks|gebaeude|gebaeudes';
const THING_COMPOUND = new RegExp(`^[a-z]{3,}(${THING_HEADS})$`);

/**
 * Heads of German compounds that name someone other than the applicant: "Grundstückseigentümerin",
 * "Wohnungseigentümer", "Stellvertreter", "Datenschutzbeauftragte", "Hausverwalter", "Planverfasser". The
 * applicant's own roles are whole words above ("Fahrzeughalter", "Kontoinhaber") and are tried first.
 */
const PERSON_HEADS =
  'eigentuemer|eigentuemerin|eigentuemers|eigentuemerinnen|vertreter|vertreterin|vertreters|beauftragte|beauftragter|beauftragten|verwalter|verwalterin|verwalters|verfasser|verfasserin|verfassers';
const PERSON_COMPOUND = new RegExp(`^[a-z]{3,}(${PERSON_HEADS})$`);

/** Longest phrases first, so "weitere person" wins over "person" and "elternteil 2" over "elternteil"; compounds last. */
const ROLE_PATTERN = new RegExp(
  `\\b(${[...ROLE_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')}|[a-z]{3,}(?:${THING_HEADS})|[a-z]{3,}(?:${PERSON_HEADS}))\\b`,
  'g',
);

/** The owner a matched role word or compound stands for. */
function ownerOf(word: string): Owner | null {
  return ROLE_INDEX.get(word) ?? (THING_COMPOUND.test(word) ? 'thing' : PERSON_COMPOUND.test(word) ? 'other' : null);
}

/** Labels that speak of someone else in the third person ("Their full name", "Their phone number"). */
const THIRD_PERSON = /^(their|his|her) /;

/** Words a section title may start with before it names its owner ("Angaben zum Kind", "Daten des Ehegatten"). */
const SECTION_FILLER = new Set(
  (
    'schritt teil abschnitt step section angaben daten persoenliche personliche personalien informationen information details detail ' +
    'stammdaten kontaktdaten kontakt anschrift adresse wohnanschrift meldeanschrift name namen geburtsdaten person zu zum zur ueber uber des der die das dem ' +
    'den von vom fuer weitere weiteres weiterer weiteren additional another ihr ihre ihres ihrem ihren ihrer meine mein meines your the of about for and und bzw ' +
    'eingetragene eingetragenen eingetragener ort lage a b c d e f g h'
  ).split(' '),
);

/** A role word anywhere in a label or a name: "Vorname des Kindes", "Name der Vermieterin". */
export const roleIn = memoize(roleInText);

function roleInText(folded: string): Owner | null {
  ROLE_PATTERN.lastIndex = 0;
  const match = ROLE_PATTERN.exec(folded);
  if (PAST_ADDRESS.test(folded)) return 'thing';
  if (!match && (OTHER_ADDRESS.test(folded) || THIRD_PERSON.test(folded))) return 'other';
  return differing(match ? specificRole(match[1] as string, folded.slice(match.index + (match[1] as string).length)) : null, folded);
}

/**
 * Words that say only "someone else" ("Person 2", "weitere Person", "Haushaltsmitglied"): a partner or
 * child named right after them is the more precise owner ("Person 2: Ehegatte / Lebenspartner",
 * "Person 3: minderjähriges Kind").
 */
const COUNTED_PERSON = new Set([
  'person 2',
  'person 3',
  'person 4',
  'person 5',
  'person 6',
  'person 7',
  'person 8',
  'person 9',
  'zweite person',
  'weitere person',
  'weiteren person',
  'weitere personen',
  'weiterer personen',
  'other person',
  'second person',
  'haushaltsmitglied',
  'haushaltsmitglieder',
  'mitziehende',
  'mitziehenden',
  'familienangehoerige',
  'familienangehoerigen',
]);

/**
 * Owners counted on the form ("Eigentümerin / Eigentümer Person 1", "Beteiligte/r 2"): the citizen who
 * makes the declaration is one of them and comes first; the others are someone else.
 */
const COUNTED_OWNERS = new Set(['eigentuemer', 'eigentuemerin', 'miteigentuemer', 'miteigentuemerin', 'beteiligte', 'beteiligter']);
const FIRST_COUNTED = /^(?: (?:eigentuemer|eigentuemerin|r|in|person|nr))* (?:1|eins)\b/;

function specificRole(word: string, after: string): Owner | null {
  if (COUNTED_OWNERS.has(word) && FIRST_COUNTED.test(after.slice(0, 40))) return 'self';
  const owner = ownerOf(word);
  if (!COUNTED_PERSON.has(word)) return owner;
  ROLE_PATTERN.lastIndex = 0;
  const next = ROLE_PATTERN.exec(after.slice(0, 60));
  const precise = next ? ROLE_INDEX.get(next[1] as string) : undefined;
  return precise === 'partner' || precise === 'child' ? precise : owner;
}

/**
 * An address that is not the citizen's own address on record: "Abweichende Zustelladresse", "Postanschrift
 * (falls abweichend)", "Different mailing address". Its fields ask for a street and a city, but not the
 * stored ones; they are read as someone else's, so the fill leaves them empty.
 */
const OTHER_ADDRESS = new RegExp(
  '\\b(abweichende[nrs]?|andere[nrs]?|different|alternative|alternate) (zustell|post|liefer|rechnungs|versand|mailing |postal |delivery |billing |correspondence )?(anschrift|adresse|address)\\b' +
    '|\\b(zustell|post|liefer|versand|korrespondenz)?(anschrift|adresse)\\b.{0,40}\\b(falls|wenn|sofern|soweit)\\b.{0,40}\\b(abweicht|abweichend)\\b' +
    '|\\b(mailing|postal|delivery|correspondence) address\\b.{0,40}\\bif (it is |it s )?different\\b',
);

/**
 * Where the citizen lived before: "Frühere Anschrift", "Wohnsitze der letzten 8 Jahre", "Previous address".
 * Not the address on record, and no one's to fill. ("Bisherige Wohnung" on a change of address is the one on
 * record, being left: not here.)
 */
const PAST_ADDRESS = new RegExp(
  '\\b(fruehere[nrs]?|ehemalige[nrs]?|vorherige[nrs]?|vormalige[nrs]?|previous|former|prior) (wohn|melde|post)?(anschrift|anschriften|adresse|adressen|wohnung|wohnungen|wohnsitz|wohnsitze|wohnort|wohnorte|address|addresses|residence|residences|home)\\b' +
    '|\\b(anschrift|anschriften|adressen|wohnsitze|wohnorte|addresses)\\b.{0,30}\\b(letzten|last|past) \\d{1,2} (jahre|jahren|years)\\b',
);

/**
 * An address that is not the one on record, named by a choice rather than a title ("an folgende abweichende
 * Anschrift", "Frühere Anschrift angeben"): `other` for another address, `thing` for a past one, else null.
 */
export const addressNotOnRecord = memoize((folded: string): Owner | null =>
  PAST_ADDRESS.test(folded) ? 'thing' : OTHER_ADDRESS.test(folded) ? 'other' : null,
);

/**
 * A choice that says the data is someone else's ("No, it is registered to someone else", "Ich stelle den
 * Antrag für eine andere Person"): the fields it opens are theirs.
 */
export const namesSomeoneElse = memoize((folded: string): boolean => SOMEONE_ELSE.test(folded));
const SOMEONE_ELSE =
  /\b(someone else|somebody else|another person|a different person|eine andere person|einer anderen person|fuer jemand anderen|jemand anderen|jemand anderes|eine dritte person|einen dritten)\b/;

/**
 * "Halter des Fahrzeugs (falls abweichend)", "abweichende Kontoinhaberin", "Kontoinhaber (falls nicht
 * antragstellende Person)": a role that is usually the applicant's, said to be someone else's here. Without a role ("Geburtsname, falls abweichend") it
 * changes nothing.
 */
const DIFFERS =
  /\b(falls|wenn|sofern|soweit|if) (vom antragsteller |von der antragstellerin |nicht identisch|not the same|)?(abweichend|different)\b|\babweichende[nrs]?\b|\b(falls|wenn|sofern|soweit) (es sich )?nicht (um )?(der |die |den )?(antragstell\w*|sie selbst|identisch)|\bif not (the )?(applicant|you|same)\b/;

/** "Abweichende Kontoinhaberin": the word before the role that makes it someone else. */
const DIFFERING_WORD = /^abweichende[nrs]?$/;

/**
 * "Bisheriger Halter (Verkäufer)", "Frühere Ehegattin", "Former spouse": the holder, owner or partner
 * that was, someone else now; the adjective stands right before the role.
 */
const FORMER_ROLE =
  /\b(bisherige[nrs]?|fruehere[nrs]?|ehemalige[nrs]?|vorherige[nrs]?|vormalige[nrs]?|geschiedene[nrs]?|previous|former|prior|ex) (fahrzeug|kfz )?(halter|halterin|halters|eigentuemer\w*|inhaber\w*|ehegatte\w*|ehegattin\w*|ehepartner\w*|lebenspartner\w*|partner\w*|ehemann\w*|ehefrau\w*|spouse|husband|wife|keeper|holder)\b/;

function differing(owner: Owner | null, folded: string): Owner | null {
  if ((owner === 'self' || owner === 'partner') && FORMER_ROLE.test(folded)) return 'other';
  return owner === 'self' && DIFFERS.test(folded) ? 'other' : owner;
}

/**
 * The owner a section title names, only when the title is about that owner: after filler words
 * ("Angaben zum", "Daten des", "Ihre", a step number) the next words must be the role. "Anmeldung für
 * Ihr Kind" is a page's purpose, not a section of the child's data, and names nobody; "Angaben zum Kind"
 * and "2. Kind" name a child.
 */
export const sectionOwner = memoize(sectionOwnerOf);

function sectionOwnerOf(folded: string): Owner | null {
  // Long titles are read too ("Angaben zur Ehefrau / zum Ehemann / zur eingetragenen Lebenspartnerin …"): the
  // loop below stops at the first word that is neither filler nor role.
  if (!folded || folded.length > 200) return null;
  // "Frühere Wohnsitze", "Previous names": where the citizen lived before, and what they were called, is nobody's to fill.
  if (PAST_ADDRESS.test(folded) || PAST_NAME.test(folded)) return 'thing';
  // "Abweichende Postanschrift der antragstellenden Person": another address, whoever it belongs to.
  if (OTHER_ADDRESS.test(folded)) return 'other';
  // "Elternteil, das den Antrag stellt": the person who applies, whatever role word comes first; unless
  // what applies is a thing ("Antragstellende Firma / Organisation").
  const applies = APPLIES.exec(folded);
  // "Kontoinhaber (falls nicht antragstellende Person)" names someone who does not apply.
  if (applies && !NOT_BEFORE.test(folded.slice(0, applies.index))) {
    ROLE_PATTERN.lastIndex = 0;
    const after = ROLE_PATTERN.exec(folded.slice(applies.index + applies[0].length));
    return after && ownerOf(after[1] as string) === 'thing' ? 'thing' : 'self';
  }
  const words = folded.split(' ');
  let adjectives = 0;
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    ROLE_PATTERN.lastIndex = 0;
    const match = ROLE_PATTERN.exec(rest);
    const word = words[i] as string;
    // "2. Erziehungsberechtigte Person 1": a step number before a role that carries its own count is the
    // form's step, not "the second guardian" ("2. Elternteil" without a count after it is the second parent).
    if (match && match.index === 0 && /^\d+$/.test(word) && countedAfter(words.slice(i + 1).join(' '))) continue;
    if (match && match.index === 0) return differing(specificRole(match[1] as string, rest.slice((match[1] as string).length)), folded);
    if (SECTION_FILLER.has(word) || DIFFERING_WORD.test(word) || /^\d+$/.test(word) || Object.hasOwn(ORDINALS, word)) continue;
    // "Betreutes Kind", "Anzumeldendes Kind", "gemeinsame Kinder": up to two adjectives before the role.
    // A noun ("Anmeldung für Ihr Kind") ends the search: the title is about something else.
    if (ADJECTIVE.test(word) && adjectives < 2 && roleFollows(words, i + 1)) {
      adjectives++;
      continue;
    }
    return null;
  }
  return null;
}

/** Whether the text starts with a role phrase that carries its own number ("Erziehungsberechtigte Person 1"). */
function countedAfter(text: string): boolean {
  ROLE_PATTERN.lastIndex = 0;
  const match = ROLE_PATTERN.exec(text);
  return match?.index === 0 && /\d/.test(match[1] as string);
}

/** A declined German adjective or participle (betreutes, anzumeldende, gemeinsamen), or a plural noun (Leistungen): see roleFollows. */
const ADJECTIVE = /^[a-z]{3,}(e|es|er|en|em)$/;

/**
 * Whether the role word comes right after (at most one more adjective between): an adjective stands
 * next to its noun ("betreutes Kind"), while a noun before a preposition names what the title is about
 * ("Leistungen für Kinder").
 */
function roleFollows(words: readonly string[], from: number): boolean {
  const startsRole = (j: number): boolean => {
    ROLE_PATTERN.lastIndex = 0;
    return ROLE_PATTERN.exec(words.slice(j).join(' '))?.index === 0;
  };
  return startsRole(from) || (ADJECTIVE.test(words[from] ?? '') && startsRole(from + 1));
}

/** "nicht" right before the applicant's words: the section is about someone who is not the applicant. */
const NOT_BEFORE = /\bnicht (um )?(der |die |den )?$/;

const APPLIES = /\b(den antrag stellt|antrag stellende|antragstellende[nr]?|der antragsteller|die antragstellerin)\b/;

const ORDINALS: Readonly<Record<string, number>> = {
  erste: 1,
  erstes: 1,
  erster: 1,
  ersten: 1,
  first: 1,
  zweite: 2,
  zweites: 2,
  zweiter: 2,
  zweiten: 2,
  second: 2,
  dritte: 3,
  drittes: 3,
  dritter: 3,
  dritten: 3,
  third: 3,
  vierte: 4,
  viertes: 4,
  vierter: 4,
  fourth: 4,
  fuenfte: 5,
  fuenftes: 5,
  fuenfter: 5,
  fifth: 5,
};

/** Titles about several people at once. */
const MANY_PEOPLE =
  /\b(kinder|kindern|haushaltsmitglieder|haushaltsangehoerigen|weitere personen|weiterer personen|personen|angehoerigen|familienangehoerigen|mitziehenden|geschwister|children|household members|persons|people)\b/;

/** A section's number: "Kind 2", "2. Kind", "zweites Kind", `kinder[1]` (0-based arrays count from 1 here). */
export function sectionNumber(folded: string): number | null {
  // "2. Haushaltsmitglieder", "3 Angaben zu den Kindern": a number before a title about several people
  // is the form's step, not a person's.
  if (MANY_PEOPLE.test(folded)) folded = folded.replace(/^\d{1,2} /, '');
  const digits = /\b(\d{1,2})\b/.exec(folded);
  if (digits) return Number(digits[1]);
  for (const word of folded.split(' ')) if (Object.hasOwn(ORDINALS, word)) return ORDINALS[word] as number;
  return null;
}
