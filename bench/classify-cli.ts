// `npm run classify -- <file.html|url> [--json]`: the extension's collect + classify in headless
// Chromium on a local file or a URL, after the page has settled (no DOM mutation for 300 ms, at
// most 5 s). With --json exactly one JSON object on stdout:
// {"page": "login"|"form"|"none", "fields": [{"name", "id", "label", "kind", "confidence", "subject", "group", "fill"}]}
// (kind null when none, subject and group null with it; a radio group appears once, by its name).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_PATH } from '../test/support/launch-chromium.ts';
import { classifyInPage, waitForSettled } from './classify-in-page.ts';
import { toClassifyOutput } from './classify-output.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const target = args.find((arg) => !arg.startsWith('--'));
if (!target) {
  process.stderr.write('usage: npm run classify -- <file.html|url> [--json]\n');
  process.exit(2);
}
const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? target : existsSync(target) ? pathToFileURL(resolve(target)).href : null;
if (!url) {
  process.stderr.write(`classify: no such file: ${target}\n`);
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ ignoreHTTPSErrors: true });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await waitForSettled(page);
  const output = toClassifyOutput(await classifyInPage(page));
  if (json) {
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    process.stdout.write(`page: ${output.page}\n`);
    for (const field of output.fields) {
      const whose = field.subject && field.subject !== 'self' ? ` (${field.subject} ${field.group ?? ''})` : '';
      process.stdout.write(
        `  ${(field.kind ?? '–').padEnd(16)} ${field.confidence.toFixed(2)} ${field.fill ? 'fill' : '    '}  ${field.label || field.name || field.id}${whose}\n`,
      );
    }
  }
} finally {
  await browser.close();
}
