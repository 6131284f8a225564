import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSnapshot } from '../extension/content/collect/page-snapshot.ts';
import type { PageClassification } from '../extension/content/classify/field-result.ts';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';

export interface InPageResult {
  readonly snapshot: PageSnapshot;
  readonly result: PageClassification;
  readonly stats: { nodesVisited: number; slices: number; longestSliceMs: number };
  readonly ms: { collect: number; classify: number };
}

/** Anything that evaluates a string expression in a page (Playwright or puppeteer). */
export interface EvaluatingPage {
  evaluate(expression: string): Promise<unknown>;
}

let bundle: string | undefined;

/**
 * Runs the built collect + classify code in the page and returns its result. With `warm`, the code
 * is loaded into the page once and reused, as a content script is; otherwise it is evaluated afresh.
 */
export async function classifyInPage(page: EvaluatingPage, options: { warm?: boolean } = {}): Promise<InPageResult> {
  bundle ??= readFileSync(join(PROJECT_ROOT, 'dist', 'classify', 'amtspass-classify.js'), 'utf8');
  if (options.warm) {
    return (await page.evaluate(
      `(() => { if (!window.__amtspassBench) { ${bundle}; window.__amtspassBench = AmtspassClassify; } return window.__amtspassBench.run(); })()`,
    )) as InPageResult;
  }
  return (await page.evaluate(`(() => { ${bundle}; return AmtspassClassify.run(); })()`)) as InPageResult;
}

/** Waits until the DOM has not changed for `quietMs` (at most `maxMs`). */
export async function waitForSettled(page: EvaluatingPage, quietMs = 300, maxMs = 5000): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const started = performance.now();
    let timer = setTimeout(done, ${quietMs});
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${quietMs}); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const cap = setTimeout(done, Math.max(0, ${maxMs} - (performance.now() - started)));
    function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(true); }
  })`);
}

export interface InPageFill {
  readonly page: 'login' | 'form' | 'none';
  readonly outcomes: { index: number; kind: string; outcome: string; reason?: string }[];
  readonly names: string[];
  readonly ms: number;
}

/** Classifies and fills in the page with the built engine; outcomes are keyed back to field names. */
export async function fillInPage(
  page: EvaluatingPage,
  values: unknown,
  kinds?: readonly string[],
): Promise<InPageFill & { byName: Map<string, string> }> {
  bundle ??= readFileSync(join(PROJECT_ROOT, 'dist', 'classify', 'amtspass-classify.js'), 'utf8');
  const result = (await page.evaluate(
    `(() => { ${bundle}; return AmtspassClassify.fill(${JSON.stringify(values)}, ${JSON.stringify(kinds ?? null) === 'null' ? 'undefined' : JSON.stringify(kinds)}); })()`,
  )) as InPageFill;
  const byName = new Map(
    result.outcomes.map((o) => [result.names[o.index] as string, o.outcome === 'filled' ? 'filled' : `${o.outcome}:${o.reason ?? ''}`]),
  );
  return { ...result, byName };
}

export interface InPageProof {
  readonly name: string;
  readonly kind: string;
  readonly visible: boolean;
  readonly reason: string | null;
}

/** The built visibility proof for every classified field of the page (each scrolled into view first with `inView`). */
export async function proveInPage(page: EvaluatingPage, options: { inView?: boolean } = {}): Promise<InPageProof[]> {
  bundle ??= readFileSync(join(PROJECT_ROOT, 'dist', 'classify', 'amtspass-classify.js'), 'utf8');
  return (await page.evaluate(`(() => { ${bundle}; return AmtspassClassify.prove(${JSON.stringify(options)}); })()`)) as InPageProof[];
}
