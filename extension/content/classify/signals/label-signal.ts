import { foldText } from '../fold-text.ts';
import { LABEL_RULES, type LexiconKind } from '../kind-lexicon.ts';

export interface LexiconEvidence {
  readonly kind: LexiconKind;
  readonly weight: number;
}

/** The first label rule that matches the folded text (labels longer than a sentence say little). */
/**
 * Row numbers and item marks before a label ("07 Straße", "F12 Vorname", "1.2 Name", "a) Ort") as
 * printed forms and their online twins number their lines; they say nothing about the field.
 */
const ROW_NUMBER = /^\s*(?:[A-Za-z]{0,3}\d+(?:[.,]\d+)*[a-z]?[.):]?|[a-hA-H][.)]|\(\d+\)|[IVX]+\.)\s+/;

export function matchLabel(text: string): LexiconEvidence | null {
  const folded = foldText(text.replace(ROW_NUMBER, ''));
  if (!folded || folded.length > 120) return null;
  for (const [pattern, kind, weight] of LABEL_RULES) if (pattern.test(folded)) return { kind, weight };
  return null;
}
