import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSdkServer, type FakeSdkMode, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { CHROMIUM_ARGV, startHelper } from '../support/helper-process.ts';

let sdk: FakeSdkServer | undefined;
afterEach(async () => {
  await sdk?.close();
  sdk = undefined;
});

async function statusWith(port: number, args: readonly string[] = CHROMIUM_ARGV) {
  const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(port) }, args: [...args] });
  helper.send({ v: 1, id: 's', type: 'helper.status', payload: {} });
  const response = await helper.next();
  helper.child.stdin.end();
  expect(await helper.exited).toBe(0);
  return (response.result as { ok: true; value: { helper: { version: string }; ausweisApp: unknown } }).value;
}

describe('helper.status against a fake AusweisApp SDK', () => {
  it('reports AusweisApp version and API levels, having sent no Origin and our User-Agent', async () => {
    sdk = await startFakeSdkServer();
    const value = await statusWith(sdk.port, ['chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/']);
    expect(value).toEqual({
      helper: { version: '0.1.0' },
      ausweisApp: { reachable: true, version: '1.26.2', apiLevels: [1, 2], problem: null },
    });
    expect(sdk.handshakes[0]?.origin).toBeUndefined();
    expect(sdk.handshakes[0]?.['user-agent']).toBe('Amtspass-Helper/0.1.0');
    expect(sdk.commands.map((c) => c.cmd)).toEqual(['GET_INFO', 'GET_API_LEVEL']);
  });

  it.each<[FakeSdkMode, string]>([
    ['busy-429', 'AUSWEISAPP_BUSY'],
    ['busy-409', 'AUSWEISAPP_BUSY'],
    ['squatter', 'AUSWEISAPP_NOT_VERIFIED'],
  ])('reports %s as %s', async (mode, problem) => {
    sdk = await startFakeSdkServer(mode);
    expect((await statusWith(sdk.port)).ausweisApp).toEqual({ reachable: true, version: null, apiLevels: [], problem });
  });

  it('reports an absent AusweisApp as not reachable', async () => {
    sdk = await startFakeSdkServer();
    const port = sdk.port;
    await sdk.close();
    sdk = undefined;
    expect((await statusWith(port)).ausweisApp).toEqual({ reachable: false, version: null, apiLevels: [], problem: null });
  });
});
