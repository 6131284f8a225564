import type { LexiconEvidence } from './label-signal.ts';
import { nameTokens } from '../fold-text.ts';
import type { LexiconKind } from '../kind-lexicon.ts';
import { NAME_STEMS, NAME_TOKENS } from '../name-lexicon.ts';

/** Liferay DDM: `…_ddm$$<FieldReference>$<instance>$<repeat>$$<locale>` → the FieldReference. */
const LIFERAY_DDM = /ddm\$\$([^$]+)\$[^$]*\$\d+\$\$[a-z]{2}_[A-Z]{2}$/;
/** Generated Liferay references (`Text12345678`, `SelectFromList87654321`) carry no meaning. */
const GENERATED_REFERENCE = /^[A-Z][a-zA-Z]*\d{6,}$/;

/**
 * The kinds a field's `name` and `id` suggest: platform schemes decoded first (Liferay DDM), then
 * exact tokens, then long stems inside compound words. Date-part tokens (`day`, `monat`) combine
 * with a birth-date token (`geburtsdatum.day`).
 */
export function nameSignal(name: string, id: string): LexiconEvidence[] {
  const found = ownEvidence(name, id);
  // `name` and `id` usually repeat each other: agreement is one signal, not two; disagreement weakens both.
  const [first, second] = found;
  if (!first || !second) return found;
  if (first.kind === second.kind) return [{ kind: first.kind, weight: Math.min(0.75, Math.max(first.weight, second.weight) + 0.05) }];
  return [
    { ...first, weight: first.weight * 0.6 },
    { ...second, weight: second.weight * 0.6 },
  ];
}

function ownEvidence(name: string, id: string): LexiconEvidence[] {
  const found: LexiconEvidence[] = [];
  for (const raw of name === id ? [name] : [name, id]) {
    if (!raw) continue;
    const ddm = LIFERAY_DDM.exec(raw);
    const text = ddm ? (GENERATED_REFERENCE.test(ddm[1] as string) ? '' : (ddm[1] as string)) : raw;
    const evidence = fromTokens(nameTokens(text));
    if (evidence) found.push(evidence);
  }
  return found;
}

/** Last words of a name that make the field one about its value, not the value (`email[title]`, `emailSubject`). */
const NOT_THE_VALUE = new Set(
  (
    'subject title issue message body optin opt consent preference preferences frequency format type template campaign remembered ' +
    'reservationnumber number confirmed verified visibility public private betreff'
  ).split(' '),
);

/** Words before `name` that make it the name of something that is no person (`displayName`, `streetName`). */
const THING_BEFORE_NAME = new Set(
  (
    'display screen nick account event title file domain shop store project group team product street strasse strassen city town place site page app ' +
    'device host server club category item list job position role brand model reference ref plan channel workspace course kurs veranstaltung objekt form field ' +
    'registration register login'
  ).split(' '),
);

/**
 * Tokens → the kind they name. Compounds split by camelCase or punctuation are joined back first
 * (`FirstName`, `first_name`, `e-mail`, `address_1`: the whole, not the generic last part, names the
 * field). Short tokens (`q`, `s`, `id`) mean something only as the whole name; inside generated ids
 * they are noise. `name` after a thing (`displayName`, `street_name`) says nothing about a person.
 */
function fromTokens(tokens: readonly string[]): LexiconEvidence | null {
  const kinds: LexiconKind[] = [];
  let lastJoined = false;
  for (let i = 0; i < tokens.length;) {
    const joined = [3, 2].find((n) => i + n <= tokens.length && Object.hasOwn(NAME_TOKENS, tokens.slice(i, i + n).join('')));
    if (joined) {
      kinds.push(NAME_TOKENS[tokens.slice(i, i + joined).join('')] as LexiconKind);
      i += joined;
      lastJoined = i === tokens.length;
      continue;
    }
    const token = tokens[i] as string;
    i++;
    if (token.length <= 2 && tokens.length > 1) continue;
    const exact = Object.hasOwn(NAME_TOKENS, token) ? NAME_TOKENS[token] : undefined;
    if (exact === 'name' && i >= 2 && THING_BEFORE_NAME.has(tokens[i - 2] as string)) continue;
    if (exact) {
      kinds.push(exact);
      continue;
    }
    const stem = token.length >= 7 ? NAME_STEMS.find(([s]) => token.includes(s)) : undefined;
    if (stem) kinds.push(stem[1]);
  }
  if (kinds.length === 0) return null;
  // `email_subject`, `emailTitle`, `phone_optin`: a field about the e-mail or phone, not the value itself.
  const last = tokens.at(-1) ?? '';
  if (!lastJoined && tokens.length > 1 && NOT_THE_VALUE.has(last) && !kinds.includes('none')) return null;
  const part = kinds.find((k) => k.startsWith('datePart.'));
  if (part && kinds.includes('birthDate')) return { kind: part.replace('datePart', 'birthDate') as LexiconKind, weight: 0.9 };
  // The last meaningful token names the field best (`antragsteller_vorname`, `kontakt.email`).
  const meaningful = kinds.filter((k) => !k.startsWith('datePart.'));
  const kind = meaningful.at(-1) ?? part;
  if (kind === undefined) return null;
  return { kind, weight: kind === 'name' ? 0.5 : part && meaningful.length === 0 ? 0.4 : 0.65 };
}
