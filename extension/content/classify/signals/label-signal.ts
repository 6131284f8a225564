import { foldText } from '../fold-text.ts';
import { LABEL_RULES, type LexiconKind } from '../kind-lexicon.ts';

export interface LexiconEvidence {
  readonly kind: LexiconKind;
  readonly weight: number;
}

/** The first label rule that matches the folded text (labels longer than a sentence say little). */
export function matchLabel(text: string): LexiconEvidence | null {
  const folded = foldText(text);
  if (!folded || folded.length > 120) return null;
  for (const [pattern, kind, weight] of LABEL_RULES) if (pattern.test(folded)) return { kind, weight };
  return null;
}

