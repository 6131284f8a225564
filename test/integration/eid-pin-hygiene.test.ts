import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSdkServer, type FakeSdkServer } from '../support/fake-sdk-server.ts';
import { startHelper } from '../support/helper-process.ts';
import { waitFor } from '../support/wait-for.ts';

const CANARY_PIN = '918273';
let sdk: FakeSdkServer | undefined;
afterEach(async () => {
  await sdk?.close();
  sdk = undefined;
});

describe('PIN hygiene through the built helper and a basic reader (H8)', () => {
  it('sends the canary once in SET_PIN after ENTER_PIN; it is in no helper output, log or answer', async () => {
    sdk = await startFakeSdkServer({ reader: 'basic', pin: CANARY_PIN });
    const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
    const answers: string[] = [];
    let n = 0;
    const call = async (type: string, payload: unknown): Promise<Record<string, unknown>> => {
      helper.send({ v: 1, id: `p${++n}`, type, payload });
      const response = await helper.next(10_000);
      answers.push(JSON.stringify(response));
      return (response.result as { value: Record<string, unknown> }).value;
    };
    const started = await call('eid.start', {
      tcTokenURL: 'https://127.0.0.1:8443/tcToken',
      allowedOrigins: ['https://127.0.0.1:8443'],
      purpose: 'signin',
    });
    const flowId = started.flowId as string;
    await call('eid.act', { flowId, action: { type: 'accept', optional: [] } });
    expect(await call('eid.act', { flowId, action: { type: 'insertCard', reader: 'Basisleser' } })).toMatchObject({
      state: 'pin',
      keypad: false,
    });
    expect(await call('eid.act', { flowId, action: { type: 'enter', kind: 'pin', value: CANARY_PIN } })).toMatchObject({
      state: 'done',
      ok: true,
    });
    helper.child.stdin.end();
    expect(await helper.exited).toBe(0);
    await waitFor(() => (sdk?.frames.length ?? 0) > 0, { what: 'frames' });
    expect(sdk.frames.filter((f) => f.includes(CANARY_PIN))).toEqual([JSON.stringify({ cmd: 'SET_PIN', value: CANARY_PIN })]);
    const pinIndex = sdk.commands.findIndex((c) => c.cmd === 'SET_PIN');
    expect(sdk.commands.slice(0, pinIndex).map((c) => c.cmd)).toContain('ACCEPT');
    expect(helper.stderr()).not.toContain(CANARY_PIN);
    expect(answers.join('\n')).not.toContain(CANARY_PIN);
    // The helper did log the flow, so the absence above is not an empty log.
    expect(helper.stderr()).toContain('flow-end');
  });

  it('refuses developerMode from the browser: the schema has no such field', async () => {
    sdk = await startFakeSdkServer();
    const helper = startHelper({ env: { AMTSPASS_AUSWEISAPP_PORT: String(sdk.port) } });
    helper.send({
      v: 1,
      id: 'd',
      type: 'eid.start',
      payload: {
        tcTokenURL: 'https://127.0.0.1:8443/tcToken',
        allowedOrigins: ['https://127.0.0.1:8443'],
        purpose: 'signin',
        developerMode: true,
      },
    });
    expect(await helper.next()).toMatchObject({ result: { ok: false, error: { code: 'INVALID_MESSAGE' } } });
    helper.child.stdin.end();
    await helper.exited;
    expect(sdk.commands.map((c) => c.cmd)).not.toContain('RUN_AUTH');
  });
});
