// Just the accuracy report (`npx tsx bench/accuracy-cli.ts`), for working on recognition.
import { benchAccuracy } from './accuracy-report.ts';

const results = await benchAccuracy({ verbose: true });
for (const r of results) console.log(`${r.name}: ${r.median.toFixed(3)}`);
