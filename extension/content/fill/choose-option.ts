import { foldText } from '../classify/fold-text.ts';

/**
 * The option to pick: first by value (exact, case-insensitive), then by folded text (exact, then
 * starting with the wanted text). -1 when nothing matches: a guess is worse than an empty field.
 * A Destatis list (`000` = deutsch) and an ISO numeric list (`276`) are both matched by value.
 */
export function chooseOption(options: readonly { value: string; text: string }[], wanted: { values: readonly string[]; texts: readonly string[] }): number {
  const values = wanted.values.map((v) => v.toLowerCase());
  const byValue = options.findIndex((o) => o.value !== '' && values.includes(o.value.trim().toLowerCase()));
  if (byValue >= 0) return byValue;
  const texts = options.map((o) => foldText(o.text));
  const exact = texts.findIndex((t) => wanted.texts.includes(t));
  if (exact >= 0) return exact;
  return texts.findIndex((t) => t.length > 0 && wanted.texts.some((w) => w.length >= 4 && t.startsWith(`${w} `)));
}
