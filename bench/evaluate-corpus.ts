import type { Browser } from 'playwright';
import { classifyInPage, waitForSettled } from './classify-in-page.ts';
import { toClassifyOutput, type ClassifyOutput } from './classify-output.ts';
import { expectedField, type ExpectedPage } from './fixture-corpus.ts';

export interface KindCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusReport {
  readonly pages: number;
  readonly pageKindCorrect: number;
  readonly perKind: Map<string, KindCounts>;
  /** Fields whose kind was right: how many also had the right subject (and group, where expected). */
  readonly subjects: { readonly right: number; readonly of: number };
  /** Every attribute-kind prediction with its confidence and whether it was right (the precision–recall curve). */
  readonly predictions: readonly { readonly confidence: number; readonly right: boolean }[];
  /** Attribute-kind fields expected (recall's denominator). */
  readonly expectedAttributes: number;
  readonly mistakes: string[];
}

/** Login kinds are scored apart from the attribute kinds the targets speak of. */
export const LOGIN_KINDS = new Set(['username', 'password']);

/** Scores pages one by one against their expectations; `report()` sums what was added so far. */
export function createCorpusTally() {
  const perKind = new Map<string, KindCounts>();
  const count = (kind: string): KindCounts =>
    perKind.get(kind) ?? (perKind.set(kind, { tp: 0, fp: 0, fn: 0 }), perKind.get(kind) as KindCounts);
  const mistakes: string[] = [];
  const subjects = { right: 0, of: 0 };
  const predictions: { confidence: number; right: boolean }[] = [];
  let expectedAttributes = 0;
  let pages = 0;
  let pageKindCorrect = 0;
  return {
    /**
     * One page: a field the expectation does not list must get no kind; an expected field that was not
     * collected counts as missed. Returns this page's mistakes.
     */
    add(expected: ExpectedPage, output: ClassifyOutput): string[] {
      const own: string[] = [];
      pages++;
      if (output.page === expected.page) pageKindCorrect++;
      else own.push(`${expected.url}: page ${output.page}, expected ${expected.page}`);
      const seen = new Set<string>();
      for (const field of output.fields) {
        const key = field.name || `#${field.id}`;
        seen.add(key);
        const expectation = expectedField(Object.hasOwn(expected.fields, key) ? expected.fields[key] : null);
        const want = expectation.kind;
        if (want && !LOGIN_KINDS.has(want)) expectedAttributes++;
        if (field.kind && !LOGIN_KINDS.has(field.kind)) predictions.push({ confidence: field.confidence, right: field.kind === want });
        if (field.kind === want) {
          if (!want) continue;
          count(want).tp++;
          subjects.of++;
          if (field.subject === expectation.subject && (expectation.group === null || field.group === expectation.group)) subjects.right++;
          else
            own.push(
              `${expected.url}: ${key} → ${want} of ${field.subject ?? 'nobody'} ${field.group ?? ''}, expected ${expectation.subject} ${expectation.group ?? ''}`,
            );
          continue;
        }
        if (field.kind) count(field.kind).fp++;
        if (want) count(want).fn++;
        own.push(`${expected.url}: ${key} → ${field.kind ?? 'none'}, expected ${want ?? 'none'}`);
      }
      for (const [key, value] of Object.entries(expected.fields)) {
        const want = expectedField(value).kind;
        if (!seen.has(key) && want) {
          if (!LOGIN_KINDS.has(want)) expectedAttributes++;
          count(want).fn++;
          own.push(`${expected.url}: ${key} not collected, expected ${want}`);
        }
      }
      mistakes.push(...own);
      return own;
    },
    report: (): CorpusReport => ({ pages, pageKindCorrect, perKind, subjects, predictions, expectedAttributes, mistakes }),
  };
}

/** Classifies every page of a corpus in Chromium and compares each with its expectation. */
export async function evaluateCorpus(browser: Browser, corpus: readonly ExpectedPage[]): Promise<CorpusReport> {
  const tally = createCorpusTally();
  const context = await browser.newContext();
  for (const expected of corpus) {
    const page = await context.newPage();
    await page.goto(expected.url, { waitUntil: 'load' });
    await waitForSettled(page);
    tally.add(expected, toClassifyOutput(await classifyInPage(page)));
    await page.close();
  }
  await context.close();
  return tally.report();
}

/** Micro-averaged precision and recall over the given kinds. */
export function precisionRecall(
  report: CorpusReport,
  include: (kind: string) => boolean,
): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [kind, c] of report.perKind) {
    if (!include(kind)) continue;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn };
}

/** Precision and recall of the attribute kinds if only predictions at or above each confidence were kept. */
export function precisionRecallCurve(
  report: CorpusReport,
  thresholds: readonly number[],
): { threshold: number; precision: number; recall: number }[] {
  return thresholds.map((threshold) => {
    const kept = report.predictions.filter((p) => p.confidence >= threshold);
    const right = kept.filter((p) => p.right).length;
    return {
      threshold,
      precision: kept.length === 0 ? 1 : right / kept.length,
      recall: report.expectedAttributes === 0 ? 1 : right / report.expectedAttributes,
    };
  });
}
