// Reads `web-ext lint --output json` on stdin; prints every finding and fails on any error.
// Known, accepted warnings (docs/RECIPES.md §11): KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION (we do not
// target Firefox for Android) and UNSAFE_VAR_ASSIGNMENT in Preact's own innerHTML support.
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const report = JSON.parse(input);
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const finding of report[kind]) console.log(`web-ext lint ${kind.slice(0, -1)}: ${finding.code} ${finding.file ?? ''}`);
  }
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  process.exit(report.summary.errors === 0 ? 0 : 1);
});
