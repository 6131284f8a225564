import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAusweisApp, type AusweisAppProcess } from '../support/ausweisapp-process.ts';
import { startHelper } from '../support/helper-process.ts';
import { expectedApiLevels, realAusweisApps } from '../support/real-ausweisapps.ts';

describe.each(realAusweisApps().map((app) => [app.label, app] as const))(
  'helper.status against the real %s (headless, SDK mode)',
  (_label, real) => {
    let app: AusweisAppProcess;
    beforeAll(async () => {
      app = await startAusweisApp({ app: real });
    }, 30_000);
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
        value: {
          helper: { version: '0.1.0' },
          ausweisApp: { reachable: true, version: real.version, apiLevels: expectedApiLevels(real.version), problem: null },
        },
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
  },
);
