import * as v from 'valibot';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import { ApiLevelMessageSchema, InfoMessageSchema, type SdkMessage } from './sdk-messages.ts';
import type { SdkConnection } from './sdk-socket.ts';

/** Implementation titles of AusweisApp before and after its 2.0 rename (docs/EID.md §3). */
const AUSWEISAPP_TITLES = new Set(['AusweisApp2', 'AusweisApp']);

/** API levels this helper implements: 2 (1.24+) and 3 (2.2+, PAUSE/CONTINUE). */
export const SUPPORTED_API_LEVELS: readonly number[] = [2, 3];

export interface VerifiedPeer {
  readonly version: string;
  readonly apiLevels: readonly number[];
}

/**
 * Proves that the peer on the SDK port is AusweisApp before anything else is sent (docs/SECURITY.md H6):
 * the upgrade's `Server` header must name it, and INFO must name its implementation and TR-03124.
 * Anyone can copy both, so this keeps out accidents and lazy squatters, not a determined local
 * attacker; the flow's own order checks (no PIN before consent) are the second line.
 */
export async function verifyPeer(connection: SdkConnection, answerTimeoutMs: number): Promise<Result<VerifiedPeer>> {
  connection.send({ cmd: 'GET_INFO' });
  connection.send({ cmd: 'GET_API_LEVEL' });
  let info: v.InferOutput<typeof InfoMessageSchema> | undefined;
  let apiLevel: v.InferOutput<typeof ApiLevelMessageSchema> | undefined;
  // Unsolicited READER messages may come first (docs/EID.md §2); a few more than we need are allowed.
  for (let i = 0; i < 8 && (!info || !apiLevel); i++) {
    const message: SdkMessage | null = await connection.next(answerTimeoutMs);
    if (message === null) break;
    const asInfo = v.safeParse(InfoMessageSchema, message);
    if (asInfo.success) info = asInfo.output;
    const asLevel = v.safeParse(ApiLevelMessageSchema, message);
    if (asLevel.success) apiLevel = asLevel.output;
  }
  const title = info?.VersionInfo['Implementation-Title'] ?? '';
  const spec = info?.VersionInfo['Specification-Title'] ?? '';
  if (!AUSWEISAPP_TITLES.has(title) || !spec.includes('TR-03124') || !/^AusweisApp/.test(connection.serverHeader)) {
    return fail('AUSWEISAPP_NOT_VERIFIED', 'the SDK peer is not AusweisApp');
  }
  return ok({
    version: info?.VersionInfo['Implementation-Version']?.slice(0, 64) ?? '',
    apiLevels: (apiLevel?.available ?? []).filter((level) => level >= 1 && level <= 99),
  });
}

/**
 * Sets the highest API level both sides implement and returns it; null when there is none (an
 * AusweisApp older than 1.24 speaks level 1 only).
 */
export async function negotiateApiLevel(
  connection: SdkConnection,
  available: readonly number[],
  answerTimeoutMs: number,
): Promise<number | null> {
  const level = Math.max(...available.filter((l) => SUPPORTED_API_LEVELS.includes(l)), 0);
  if (level === 0) return null;
  connection.send({ cmd: 'SET_API_LEVEL', level });
  for (let i = 0; i < 8; i++) {
    const message = await connection.next(answerTimeoutMs);
    if (message === null) return null;
    const parsed = v.safeParse(ApiLevelMessageSchema, message);
    if (parsed.success) return parsed.output.error === undefined && parsed.output.current === level ? level : null;
  }
  return null;
}
