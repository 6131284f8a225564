import { fillKind } from '../extension/content/classify/fill-kind.ts';
import type { InPageResult } from './classify-in-page.ts';

export interface ClassifyOutput {
  page: 'login' | 'form' | 'none';
  /**
   * Per field: what it asks for (`kind`, whoever's data it is), whose data (`subject`: self, partner,
   * child, other; null without a kind), which repeated section (`group`, 1-based per subject) and
   * whether the fill may write it (`fill`: only the applicant's own, on a form or login page, confident).
   */
  fields: {
    name: string;
    id: string;
    label: string;
    kind: string | null;
    confidence: number;
    subject: string | null;
    group: number | null;
    fill: boolean;
  }[];
}

/** The stable `npm run classify --json` shape; radio groups collapse to one entry by name. */
export function toClassifyOutput({ snapshot, result }: InPageResult): ClassifyOutput {
  const seenGroups = new Set<string>();
  const fields: ClassifyOutput['fields'] = [];
  result.fields.forEach((classified) => {
    const field = snapshot.fields[classified.index];
    if (!field) return;
    if (field.type === 'radio' && field.name) {
      const key = `${field.frame}|${field.form}|${field.name}`;
      if (seenGroups.has(key)) return;
      seenGroups.add(key);
    }
    fields.push({
      name: field.name,
      id: field.id,
      label: field.type === 'radio' ? field.legend || field.label : field.label,
      kind: classified.kind,
      confidence: classified.kind ? classified.confidence : 0,
      subject: classified.subject,
      group: classified.group,
      fill: fillKind(classified) !== null,
    });
  });
  return { page: result.kind, fields };
}
