import type { HelperStatus } from '../../shared/protocol/native-protocol.ts';
import type { SdkConnectResult } from './sdk-socket.ts';
import { verifyPeer } from './verify-peer.ts';

export type AusweisAppStatus = HelperStatus['ausweisApp'];

export interface ProbeOptions {
  readonly connect: () => Promise<SdkConnectResult>;
  /** How long to wait for each answer once connected. */
  readonly answerTimeoutMs: number;
}

/**
 * Asks whatever listens on the SDK port for INFO and API_LEVEL, then disconnects at once (AusweisApp
 * blocks its own window while a client is connected). The peer counts as AusweisApp only if INFO
 * names its implementation and TR-03124; anything else is `reachable` but AUSWEISAPP_NOT_VERIFIED.
 */
export async function probeAusweisApp(options: ProbeOptions): Promise<AusweisAppStatus> {
  const connected = await options.connect();
  if (!connected.ok) {
    const busy = connected.code === 'AUSWEISAPP_BUSY';
    return { reachable: busy, version: null, apiLevels: [], problem: busy ? 'AUSWEISAPP_BUSY' : null };
  }
  const socket = connected.connection;
  try {
    const verified = await verifyPeer(socket, options.answerTimeoutMs);
    if (!verified.ok) return { reachable: true, version: null, apiLevels: [], problem: 'AUSWEISAPP_NOT_VERIFIED' };
    return { reachable: true, version: verified.value.version || null, apiLevels: [...verified.value.apiLevels], problem: null };
  } finally {
    socket.close();
  }
}
