#!/usr/bin/env node
// Builds DuckDuckGo's form classifier as one script for the side-by-side speed bench
// (bench/peer-speed-bench.ts): DuckDuckGo's own scanner run once over a page, as their own tests run it.
// Nothing of it is part of Amtspass; the bundle is written to .tmp/peers/ (ignored by git).
//
//   node scripts/build-peer-ddg.mjs --autofill <checkout> --scope-scripts <checkout>
//
// <checkout>s: github.com/duckduckgo/duckduckgo-autofill (tag 19.1.0, Apache-2.0) and
// github.com/duckduckgo/content-scope-scripts (the tag autofill's package.json names; only
// injected/src is used). Three npm packages the classifier imports are installed next to the bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const autofill = arg('autofill');
const scope = arg('scope-scripts');
if (!autofill || !scope || !existsSync(join(autofill, 'src', 'Scanner.js')) || !existsSync(join(scope, 'injected', 'src', 'utils.js'))) {
  console.error(
    'usage: node scripts/build-peer-ddg.mjs --autofill <duckduckgo-autofill checkout> --scope-scripts <content-scope-scripts checkout>',
  );
  process.exit(2);
}
const out = join(root, '.tmp', 'peers');
const work = join(out, 'ddg-src');
mkdirSync(work, { recursive: true });
cpSync(join(autofill, 'src'), join(work, 'src'), { recursive: true });
cpSync(join(autofill, 'packages'), join(work, 'packages'), { recursive: true });
cpSync(join(autofill, 'integration-test', 'helpers'), join(work, 'integration-test', 'helpers'), { recursive: true });
writeFileSync(join(work, 'package.json'), '{"name":"peer-ddg","private":true}\n');
execFileSync('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', 'immutable-json-patch', 'urlpattern-polyfill', 'zod@3'], {
  cwd: work,
  stdio: 'inherit',
});
// After the install, which would remove a package it did not install.
cpSync(join(scope, 'injected', 'src'), join(work, 'node_modules', '@duckduckgo', 'content-scope-scripts', 'injected', 'src'), {
  recursive: true,
});
writeFileSync(
  join(work, 'entry.js'),
  `
import { createScanner } from './src/Scanner.js';
import InterfacePrototype from './src/DeviceInterface/InterfacePrototype.js';
import { createAvailableInputTypes } from './integration-test/helpers/utils.js';
// One scan of the page with the settings DuckDuckGo's own classifier tests use; its time inside the page.
window.__peerDdgClassify = () => {
  const started = performance.now();
  const device = InterfacePrototype.default();
  device.settings.setAvailableInputTypes(createAvailableInputTypes({ credentials: { username: true, password: true } }));
  device.settings.setFeatureToggles({ unknown_username_categorization: true, password_variant_categorization: true });
  const scanner = createScanner(device);
  scanner.findEligibleInputs(document);
  const ms = performance.now() - started;
  // Undoes the scan (its marks, listeners and per-form caches), so that a second scan classifies every
  // input again with the code now warm: the figure to hold against Amtspass's own warm runs.
  window.__peerDdgForget = () => {
    for (const form of [...scanner.forms.values()]) form.destroy();
    scanner.setMode('stopped', 'forgotten by the benchmark');
  };
  return { ms, forms: scanner.forms.size, fields: [...document.querySelectorAll('input, select, textarea')].map((el) => el.getAttribute('data-ddg-inputtype')) };
};
`,
);
execFileSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  ['entry.js', '--bundle', '--format=iife', `--outfile=${join(out, 'ddg-bundle.js')}`, '--log-level=warning'],
  { cwd: work, stdio: 'inherit' },
);
console.log(`wrote ${join(out, 'ddg-bundle.js')}`);
