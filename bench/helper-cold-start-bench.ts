import { join } from 'node:path';
import { startFakeSdkServer } from '../test/support/fake-sdk-server.ts';
import { startHelper } from '../test/support/helper-process.ts';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';
import { median, type BenchResult } from './bench-stats.ts';

/** Budget: helper process start to its first `helper.status` answer. */
export const HELPER_COLD_START_BUDGET_MS = 150;

async function coldStart(env: Record<string, string>, bin?: string): Promise<number> {
  const started = performance.now();
  const helper = startHelper({ env, bin });
  helper.send({ v: 1, id: 's', type: 'helper.status', payload: {} });
  await helper.next(5000);
  const elapsed = performance.now() - started;
  helper.child.stdin.end();
  await helper.exited;
  return elapsed;
}

/**
 * Cold start with nothing on the SDK port, and with an AusweisApp (fake SDK) answering there; `bin`
 * picks the program (default: the bundle run by Node), `label` names it in the figures.
 */
export async function benchHelperColdStart(runs = 25, bin?: string, label = ''): Promise<BenchResult[]> {
  const absent: number[] = [];
  for (let i = 0; i < runs; i++) absent.push(await coldStart({ AMTSPASS_AUSWEISAPP_PORT: '9' }, bin));
  const sdk = await startFakeSdkServer();
  const present: number[] = [];
  for (let i = 0; i < runs; i++) present.push(await coldStart({ AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) }, bin));
  await sdk.close();
  return [
    {
      name: `helper${label} cold start → helper.status (no AusweisApp)`,
      unit: 'ms',
      median: median(absent),
      runs,
      budget: HELPER_COLD_START_BUDGET_MS,
    },
    {
      name: `helper${label} cold start → helper.status (AusweisApp answering)`,
      unit: 'ms',
      median: median(present),
      runs,
      budget: HELPER_COLD_START_BUDGET_MS,
    },
  ];
}

/** The Linux single executable (`npm run package` builds it; this benchmark says so when it is missing). */
export const benchHelperExecutableColdStart = (): Promise<BenchResult[]> =>
  benchHelperColdStart(25, join(PROJECT_ROOT, 'dist', 'packages', 'amtspass-helper-linux-x64'), ' executable (no Node)');
