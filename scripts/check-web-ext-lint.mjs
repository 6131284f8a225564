// Reads `web-ext lint --output json` on stdin; prints every finding and fails on any error or warning
// (the store upload is judged the same way). Notices are printed, not fatal.
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const report = JSON.parse(input);
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const finding of report[kind]) console.log(`web-ext lint ${kind.slice(0, -1)}: ${finding.code} ${finding.file ?? ''}`);
  }
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  process.exit(report.summary.errors === 0 && report.summary.warnings === 0 ? 0 : 1);
});
