import { connectSdk } from '../../helper/ausweisapp/sdk-socket.ts';
import { createEidService, type EidService } from '../../helper/services/eid-service.ts';
import type { SelfInfo } from '../../shared/protocol/eid-messages.ts';
import { ok, type Result } from '../../shared/protocol/result.ts';
import { startFakeSdkServer, type FakeSdkOptions, type FakeSdkServer } from './fake-sdk-server.ts';

/** The helper's eID service against the fake SDK, with the log notes it wrote; `close` ends both. */
export interface EidServiceOnFake {
  readonly sdk: FakeSdkServer;
  readonly service: EidService;
  readonly notes: string[];
  close(): Promise<void>;
}

/**
 * The eID service as the helper builds it, connected to a fake SDK with `options` (docs/EID.md §13):
 * nothing to start (no binary), short answer and citizen timeouts, the wallet fetch answered by `fetched`.
 */
export async function eidServiceOnFake(
  options: FakeSdkOptions = {},
  extra: { timeouts?: { sdkMs?: number; userMs?: number }; fetchSelfInfo?: (url: string) => Promise<Result<SelfInfo>> } = {},
): Promise<EidServiceOnFake> {
  const sdk = await startFakeSdkServer(options);
  const notes: string[] = [];
  const service = createEidService({
    port: sdk.port,
    connect: (p) => connectSdk({ port: p, userAgent: 'Amtspass-Helper/test', timeoutMs: 1000 }),
    findBinary: () => null,
    startOwn: async () => null,
    fetchSelfInfo: extra.fetchSelfInfo ?? (async () => ok({})),
    answerTimeoutMs: 1000,
    timeouts: extra.timeouts ?? { sdkMs: 3000, userMs: 3000 },
    note: (event, detail) => notes.push(`${event} ${detail}`),
  });
  return {
    sdk,
    service,
    notes,
    async close() {
      service.stop();
      await sdk.close();
    },
  };
}
