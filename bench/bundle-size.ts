import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_CHROME } from '../test/support/project-paths.ts';
import type { BenchResult } from './bench-stats.ts';

export const CONTENT_SCRIPT_BUDGET_KB = 30;
export const POPUP_JS_BUDGET_KB = 50;

const gzipKb = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** Every JS file reachable from the entries through static and dynamic imports (paths relative to dist/chrome). */
function transitiveScripts(entries: readonly string[]): string[] {
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST_CHROME, file), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']\.{1,2}\/([^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[0].includes('../') ? '..' : '.', m[1] as string));
    }
  }
  return [...seen];
}

/** The scripts a page names in its HTML (`/x.js` from the root, `./x.js` beside the page). */
function pageEntries(htmlPath: string): string[] {
  return [...readFileSync(join(DIST_CHROME, htmlPath), 'utf8').matchAll(/<script[^>]+src="([^"]+\.js)"/g)]
    .map((m) => m[1] as string)
    .map((src) => (src.startsWith('/') ? src.slice(1) : join(dirname(htmlPath), src)));
}

/** gzip sizes of the Chrome build's bundles (Firefox's are the same code). */
export function benchBundleSizes(): BenchResult[] {
  const popup = transitiveScripts(pageEntries('popup/index.html'));
  const background = transitiveScripts(['service-worker-loader.js']);
  const sum = (files: string[]): number => files.reduce((total, f) => total + gzipKb(join(DIST_CHROME, f)), 0);
  return [
    {
      name: 'content script (gzip)',
      unit: 'KB',
      median: gzipKb(join(DIST_CHROME, 'content', 'main.js')),
      runs: 1,
      budget: CONTENT_SCRIPT_BUDGET_KB,
    },
    { name: 'popup JavaScript (gzip)', unit: 'KB', median: sum(popup), runs: 1, budget: POPUP_JS_BUDGET_KB },
    { name: 'background JavaScript (gzip, for reference)', unit: 'KB', median: sum(background), runs: 1, budget: Number.POSITIVE_INFINITY },
  ];
}
