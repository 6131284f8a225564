import { foldText } from '../classify/fold-text.ts';

/**
 * The option to pick: first by value (exact, case-insensitive), then by folded text (exact, then
 * starting with the wanted text). -1 when nothing matches: a guess is worse than an empty field.
 * A Destatis list (`163` = Türkei) and an ISO numeric list (`792`) are both matched by value; as the
 * two systems share numbers (`152` is Polen for Destatis and Chile for ISO), a country's numeric value
 * (`numbersNeedText`) counts only where the option's text agrees, or says nothing but the number.
 */
export function chooseOption(
  options: readonly { value: string; text: string }[],
  wanted: { values: readonly string[]; texts: readonly string[]; numbersNeedText?: boolean },
): number {
  const values = wanted.values.map((v) => v.toLowerCase());
  const texts = options.map((o) => foldText(o.text));
  const textAgrees = (i: number): boolean => {
    const t = texts[i] ?? '';
    return wanted.texts.includes(t) || wanted.texts.some((w) => w.length >= 4 && t.startsWith(`${w} `));
  };
  const byValue = options.findIndex((o, i) => {
    const value = o.value.trim().toLowerCase();
    if (value === '' || !values.includes(value)) return false;
    return !wanted.numbersNeedText || !/^\d+$/.test(value) || textAgrees(i) || (texts[i] ?? '') === '' || /^\d+$/.test(texts[i] ?? '');
  });
  if (byValue >= 0) return byValue;
  const exact = texts.findIndex((t) => wanted.texts.includes(t));
  if (exact >= 0) return exact;
  return texts.findIndex((t) => t.length > 0 && wanted.texts.some((w) => w.length >= 4 && t.startsWith(`${w} `)));
}
