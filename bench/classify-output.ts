import type { InPageResult } from './classify-in-page.ts';

export interface ClassifyOutput {
  page: 'login' | 'form' | 'none';
  fields: { name: string; id: string; label: string; kind: string | null; confidence: number }[];
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
    });
  });
  return { page: result.kind, fields };
}
