import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { LexiconKind } from './kind-lexicon.ts';
import { memoize, memoizeBy } from './memoize.ts';
import { autocompleteSignal } from './signals/autocomplete-signal.ts';
import { fimIdSignal } from './signals/fim-id-signal.ts';
import { matchLabel, type LexiconEvidence } from './signals/label-signal.ts';
import { nameSignal } from './signals/name-signal.ts';
import { optionsSignal } from './signals/options-signal.ts';

/** A field's own evidence, before neighbours are looked at. */
export interface FieldScore {
  readonly kind: LexiconKind | null;
  /** Summed weight of the winning kind. */
  readonly weight: number;
  /** 0–1: how clearly the winner beats the rest. */
  readonly confidence: number;
  /** The kind the label alone suggests (context rules need it). */
  readonly labelKind: LexiconKind | null;
}

/** Pairs of kinds that are one piece of data in two shapes (one field or split, ambiguous "Name"). */
const COMPATIBLE: readonly (readonly [LexiconKind, LexiconKind])[] = [
  ['streetAndNumber', 'street'],
  ['familyName', 'name'],
  ['fullName', 'name'],
  ['birthDate.day', 'datePart.day'],
  ['birthDate.month', 'datePart.month'],
  ['birthDate.year', 'datePart.year'],
  // `birth[day]` with 31 options: a birth date's day (context picks the part from the name's last word or the options).
  ['birthDate', 'datePart.day'],
  ['birthDate', 'datePart.month'],
  ['birthDate', 'datePart.year'],
];

// The signals are pure functions of the field's texts, which a page repeats and a re-classification
// of the same page (every mutation) meets again: each text is read once (the bench's per-page time).
const byFimId = memoize(fimIdSignal);
const byLabel = memoize(matchLabel);
const byAutocomplete = memoize(autocompleteSignal);
const byOptions = memoizeBy(
  (options: readonly { value: string; text: string }[]) => options.map((o) => `${o.value}\u0000${o.text}`).join('\u0001'),
  optionsSignal,
  512,
);
const byNameAndId = memoizeBy(
  (field: FieldSnapshot) => `${field.name}\u0000${field.id}`,
  (field: FieldSnapshot) => nameSignal(field.name, field.id),
);

/**
 * What a radio button can stand for: one of its group's options (Anrede, Geschlecht, a country, the kind of document). A
 * checkbox holds yes or no and no stored value fits it; a text kind on either would have the fill
 * write a name or a password into the button's `value`, which the form sends when it is ticked.
 */
const RADIO_KINDS: ReadonlySet<LexiconKind> = new Set(['gender', 'salutation', 'country', 'nationality', 'issuingState', 'documentType']);

const PASSWORD_KINDS: ReadonlySet<LexiconKind> = new Set(['password', 'newPassword']);
const NOT_PASSWORD_TYPES: ReadonlySet<string> = new Set(['email', 'tel', 'date', 'number', 'search', 'url']);

/** Summed weight a kind needs to count at all. */
export const MIN_KIND_WEIGHT = 0.5;

/**
 * Scores one field from its own signals: FIM id, name/id, label (or legend for radios and
 * unlabelled parts), autocomplete, input type and options. Signals add up per kind; the strongest
 * kind wins if it reaches MIN_KIND_WEIGHT, and `none` can win (PIN, new passwords, search boxes).
 */
export function scoreField(field: FieldSnapshot, groupOptions?: readonly { value: string; text: string }[]): FieldScore {
  const evidence: LexiconEvidence[] = [];
  evidence.push(...byFimId(field.name), ...byFimId(field.id));
  evidence.push(...byNameAndId(field));
  const isChoice = field.type === 'radio' || field.type === 'checkbox';
  const labelText = isChoice ? field.legend || field.label : field.label;
  const label = byLabel(labelText);
  if (label)
    evidence.push({ ...label, weight: label.weight * (field.labelSource === 'placeholder' || field.labelSource === 'title' ? 0.8 : 1) });
  if (!label && field.placeholder && field.labelSource !== 'placeholder') {
    // A text that happens to stand before the field ("Bitte ausfüllen", a cell) says less than the field's own hint.
    const weakLabel = field.labelSource === 'preceding' || field.labelSource === 'table' || field.labelSource === 'following';
    const fromPlaceholder = byLabel(field.placeholder);
    if (fromPlaceholder) evidence.push({ ...fromPlaceholder, weight: fromPlaceholder.weight * (weakLabel ? 0.8 : 0.6) });
  }
  // `autocomplete="new-password"` on a text box is the common trick to keep browsers from offering their
  // saved entries (a sign-up's "Login" field): only a password box's own token says password.
  const autocomplete = byAutocomplete(field.autocomplete);
  evidence.push(...(field.type === 'password' ? autocomplete : autocomplete.filter((e) => !PASSWORD_KINDS.has(e.kind))));
  evidence.push(...typeSignal(field));
  evidence.push(...byOptions(groupOptions ?? field.options));

  const scores = new Map<LexiconKind, number>();
  // An e-mail, phone, date or number box is no password, whatever its text says ("Enter your email address
  // and we will send you a link to reset your password").
  const noPassword = NOT_PASSWORD_TYPES.has(field.type);
  for (const item of evidence)
    if (!(noPassword && PASSWORD_KINDS.has(item.kind))) scores.set(item.kind, (scores.get(item.kind) ?? 0) + item.weight);
  // Kinds that name the same data in two shapes support each other; context picks the shape later.
  for (const [a, b] of COMPATIBLE) {
    const wa = scores.get(a);
    const wb = scores.get(b);
    if (wa !== undefined && wb !== undefined) {
      const [keep, drop] = wa >= wb ? [a, b] : [b, a];
      scores.set(keep, wa + wb);
      scores.delete(drop);
    }
  }
  // Any sign of a new or repeated password makes a password field one that is never filled.
  const asNew = scores.get('newPassword');
  const asCurrent = scores.get('password');
  if (asNew !== undefined && asCurrent !== undefined) {
    scores.set('newPassword', asNew + asCurrent);
    scores.delete('password');
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_KIND_WEIGHT) return { kind: null, weight: 0, confidence: 0, labelKind: label?.kind ?? null };
  if (field.type === 'checkbox' || (field.type === 'radio' && !RADIO_KINDS.has(best[0])))
    return { kind: null, weight: 0, confidence: 0, labelKind: label?.kind ?? null };
  const total = ranked.reduce((sum, [, weight]) => sum + weight, 0);
  const margin = best[1] / total;
  const confidence = Math.min(1, best[1]) * (second ? Math.max(0.3, margin) : 1);
  return { kind: best[0], weight: best[1], confidence: Math.round(confidence * 100) / 100, labelKind: label?.kind ?? null };
}

function typeSignal(field: FieldSnapshot): LexiconEvidence[] {
  switch (field.type) {
    case 'email':
      return [{ kind: 'email', weight: 0.5 }];
    case 'tel':
      return [{ kind: 'phone', weight: 0.4 }];
    case 'password':
      return [{ kind: 'password', weight: 0.6 }];
    case 'search':
      return [{ kind: 'none', weight: 1.5 }];
    default:
      return [];
  }
}
