import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAusweisApp, type AusweisAppProcess } from '../support/ausweisapp-process.ts';
import { startHelper } from '../support/helper-process.ts';
import { optionalTool } from '../support/optional-tool.ts';

const ausweisApp2 = optionalTool('AusweisApp2', 'ausweisapp2');

describe.skipIf(!ausweisApp2.available)('helper.status against the real AusweisApp2 (headless, SDK mode)', () => {
  let app: AusweisAppProcess;
  beforeAll(async () => {
    app = await startAusweisApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('verifies the peer and reports its version and API levels', async () => {
    const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(app.port) } });
    helper.send({ v: 1, id: 's', type: 'helper.status', payload: {} });
    const response = await helper.next(10_000);
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
    expect(response.result).toEqual({
      ok: true,
      value: { helper: { version: '0.1.0' }, ausweisApp: { reachable: true, version: '1.26.2', apiLevels: [1, 2], problem: null } },
    });
  });

  it('disconnects after the probe, so AusweisApp accepts the next client', async () => {
    for (let i = 0; i < 2; i++) {
      const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(app.port) } });
      helper.send({ v: 1, id: `s${i}`, type: 'helper.status', payload: {} });
      expect(await helper.next(10_000)).toMatchObject({ result: { ok: true, value: { ausweisApp: { problem: null } } } });
      helper.child.stdin.end();
      await helper.exited;
    }
  });
});
