import * as v from 'valibot';
import type { HelperStatus } from '../../shared/protocol/native-protocol.ts';
import { ApiLevelMessageSchema, InfoMessageSchema, type SdkMessage } from './sdk-messages.ts';
import type { SdkConnectResult } from './sdk-socket.ts';

export type AusweisAppStatus = HelperStatus['ausweisApp'];

/** Implementation titles of AusweisApp before and after its 2.0 rename (EID.md §3). */
const AUSWEISAPP_TITLES = new Set(['AusweisApp2', 'AusweisApp']);

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
    socket.send({ cmd: 'GET_INFO' });
    socket.send({ cmd: 'GET_API_LEVEL' });
    let info: v.InferOutput<typeof InfoMessageSchema> | undefined;
    let apiLevel: v.InferOutput<typeof ApiLevelMessageSchema> | undefined;
    // Unsolicited READER messages may come first (EID.md §2); a few more than we need are allowed.
    for (let i = 0; i < 8 && (!info || !apiLevel); i++) {
      const message: SdkMessage | null = await socket.next(options.answerTimeoutMs);
      if (message === null) break;
      const asInfo = v.safeParse(InfoMessageSchema, message);
      if (asInfo.success) info = asInfo.output;
      const asLevel = v.safeParse(ApiLevelMessageSchema, message);
      if (asLevel.success) apiLevel = asLevel.output;
    }
    const title = info?.VersionInfo['Implementation-Title'] ?? '';
    const spec = info?.VersionInfo['Specification-Title'] ?? '';
    if (!AUSWEISAPP_TITLES.has(title) || !spec.includes('TR-03124')) {
      return { reachable: true, version: null, apiLevels: [], problem: 'AUSWEISAPP_NOT_VERIFIED' };
    }
    const levels = (apiLevel?.available ?? []).filter((level) => level >= 1 && level <= 99);
    return {
      reachable: true,
      version: info?.VersionInfo['Implementation-Version']?.slice(0, 64) ?? null,
      apiLevels: levels,
      problem: null,
    };
  } finally {
    socket.close();
  }
}
