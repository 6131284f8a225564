import { classifyPage } from '../extension/content/classify/classify-page.ts';
import { collectPage } from '../extension/content/collect/collect-page.ts';

/**
 * The extension's collect and classify code as one script for the classify CLI and the benchmarks
 * (evaluated into a page by DevTools, so page CSP does not apply). Returns plain data only.
 */
export function run() {
  const started = performance.now();
  const { snapshot } = collectPage(document);
  const collected = performance.now();
  const result = classifyPage(snapshot);
  return { snapshot, result, ms: { collect: collected - started, classify: performance.now() - collected } };
}
