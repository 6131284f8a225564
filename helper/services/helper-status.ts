import type { HelperStatus } from '../../shared/protocol/native-protocol.ts';
import type { AusweisAppStatus } from '../ausweisapp/status-probe.ts';

/** `helper.status`: our version and what the AusweisApp probe found. */
export async function helperStatus(deps: { version: string; probe: () => Promise<AusweisAppStatus> }): Promise<HelperStatus> {
  return { helper: { version: deps.version }, ausweisApp: await deps.probe() };
}
