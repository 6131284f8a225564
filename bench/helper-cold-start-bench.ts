import { startFakeSdkServer } from '../test/support/fake-sdk-server.ts';
import { startHelper } from '../test/support/helper-process.ts';
import { median, type BenchResult } from './bench-stats.ts';

/** Budget: helper process start to its first `helper.status` answer. */
export const HELPER_COLD_START_BUDGET_MS = 150;

async function coldStart(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const helper = startHelper({ env });
  helper.send({ v: 1, id: 's', type: 'helper.status', payload: {} });
  await helper.next(5000);
  const elapsed = performance.now() - started;
  helper.child.stdin.end();
  await helper.exited;
  return elapsed;
}

/** Cold start with nothing on the SDK port, and with an AusweisApp (fake SDK) answering there. */
export async function benchHelperColdStart(runs = 25): Promise<BenchResult[]> {
  const absent: number[] = [];
  for (let i = 0; i < runs; i++) absent.push(await coldStart({ AMTSPASS_AUSWEISAPP_PORT: '9' }));
  const sdk = await startFakeSdkServer();
  const present: number[] = [];
  for (let i = 0; i < runs; i++) present.push(await coldStart({ AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) }));
  await sdk.close();
  return [
    { name: 'helper cold start → helper.status (no AusweisApp)', unit: 'ms', median: median(absent), runs, budget: HELPER_COLD_START_BUDGET_MS },
    { name: 'helper cold start → helper.status (AusweisApp answering)', unit: 'ms', median: median(present), runs, budget: HELPER_COLD_START_BUDGET_MS },
  ];
}
