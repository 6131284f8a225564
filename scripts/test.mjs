// `npm test`: set-up, build, typecheck, lint, unit + helper integration tests, browser tests, the
// packages and their tests, then one closing line "Tests: N passed, N failed, N skipped" over all test tiers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

const step = (name, cmd, args) => {
  console.log(`\n── ${name} ──`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;
};
const npx = (...args) => ['npx', ['--no-install', ...args]];

for (const [name, cmd, args] of [
  ['set-up', process.execPath, ['scripts/setup.mjs']],
  ['AusweisApp 2.x for the real-app tests', process.execPath, ['scripts/prepare-ausweisapp-versions.mjs']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
]) {
  if (!step(name, cmd, args)) {
    console.error(`\n${name} failed.`);
    process.exit(1);
  }
}

// The package tier comes last: it installs the .deb, which every browser on the machine would then find.
const tiers = [
  ['unit and helper integration tests', 'vitest.config.ts', 'unit.json'],
  ['browser tests (Chromium, Firefox ESR)', 'vitest.e2e.config.ts', 'e2e.json'],
  [
    'package tests (store zips, executables, .deb, Windows installer)',
    'vitest.packages.config.ts',
    'packages.json',
    ['packages', ...npx('tsx', 'scripts/package.ts')],
  ],
];
let passed = 0,
  failed = 0,
  skipped = 0,
  ok = true;
for (const [name, config, report, prepare] of tiers) {
  const file = join(out, report);
  rmSync(file, { force: true });
  // A failed preparation fails the tier (its report is missing, counted below), never skips it quietly.
  if (prepare && !step(...prepare)) ok = false;
  else ok = step(name, ...npx('vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`)) && ok;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numFailedTestSuites > 0 && json.numFailedTests === 0 ? 1 : 0);
    skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    failed += 1;
  }
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
