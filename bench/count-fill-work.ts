import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';

interface Coverage {
  result: { url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[];
}

/** A string only the page classification's own function holds in the built content script. */
const CLASSIFY_MARKER = '`negative-form`';

/**
 * Counts, from outside and without any hook in the extension, the work one fill does: decryptions in
 * the background (every `crypto.subtle.decrypt` of the service worker) and classifications of the page
 * (calls of the classifier's function in the content script, by V8's precise coverage of the tab).
 * The classifier is found in the built bundle as the outermost function around a string only it holds.
 */
export async function countFillWork(options: {
  worker: Worker;
  page: Page;
  cdp: CDPSession;
  fill: () => Promise<void>;
}): Promise<{ decryptions: number; classifications: number }> {
  const { worker, cdp } = options;
  const source = readFileSync(join(PROJECT_ROOT, 'dist/chrome/content/main.js'), 'utf8');
  const marker = source.indexOf(CLASSIFY_MARKER);
  if (marker < 0) throw new Error('the classifier was not found in the built content script');
  const classifications = (coverage: Coverage): number => {
    const script = coverage.result.find((s) => s.url.endsWith('/content/main.js'));
    const around = (script?.functions ?? [])
      .flatMap((f) => f.ranges.slice(0, 1))
      .filter((r) => r.startOffset <= marker && r.endOffset >= marker && r.endOffset - r.startOffset < source.length / 2)
      .sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
    return around[0]?.count ?? 0;
  };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  // The page's own detection runs settle first: the count starts when two looks in a row find none.
  for (let quiet = 0, tries = 0; quiet < 2 && tries < 100; tries++) {
    quiet = classifications(await cdp.send('Profiler.takePreciseCoverage')) === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.evaluate(() => {
    const counter = globalThis as unknown as { benchDecryptions?: number; benchOriginalDecrypt?: SubtleCrypto['decrypt'] };
    counter.benchDecryptions = 0;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with its own receiver
    const original = (counter.benchOriginalDecrypt ??= SubtleCrypto.prototype.decrypt);
    SubtleCrypto.prototype.decrypt = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['decrypt']>) {
      counter.benchDecryptions = (counter.benchDecryptions ?? 0) + 1;
      return original.apply(this, args);
    };
  });
  await options.fill();
  const counted = classifications(await cdp.send('Profiler.takePreciseCoverage'));
  const decryptions = await worker.evaluate(() => {
    const counter = globalThis as unknown as { benchDecryptions?: number; benchOriginalDecrypt?: SubtleCrypto['decrypt'] };
    if (counter.benchOriginalDecrypt) SubtleCrypto.prototype.decrypt = counter.benchOriginalDecrypt;
    return counter.benchDecryptions ?? 0;
  });
  await cdp.send('Profiler.stopPreciseCoverage');
  return { decryptions, classifications: counted };
}
