import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHelperClient,
  HELPER_REQUEST_TIMEOUT_MS,
  type HelperPort,
} from '../../../../extension/background/helper-link/helper-client.ts';

interface FakePort extends HelperPort {
  posted: { id: string; type: string }[];
  reply(message: unknown): void;
  drop(reason: string | null): void;
  disconnected: boolean;
}

function fakePort(): FakePort {
  let onMessage: (m: unknown) => void = () => {};
  let onDisconnect: (r: string | null) => void = () => {};
  const port: FakePort = {
    posted: [],
    disconnected: false,
    post: (m) => port.posted.push(m as { id: string; type: string }),
    onMessage: (l) => (onMessage = l),
    onDisconnect: (l) => (onDisconnect = l),
    disconnect: () => (port.disconnected = true),
    reply: (m) => onMessage(m),
    drop: (r) => onDisconnect(r),
  };
  return port;
}

const STATUS = { helper: { version: '0.1.0' }, ausweisApp: { reachable: false, version: null, apiLevels: [], problem: null } };

describe('helper client', () => {
  afterEach(() => vi.useRealTimers());

  it('matches responses to requests by id and checks them against the schema', async () => {
    const port = fakePort();
    const client = createHelperClient({ connect: () => port });
    const pending = client.request('helper.status', {});
    const sent = port.posted[0] as { id: string; type: string };
    expect(sent.type).toBe('helper.status');
    port.reply({ v: 1, id: 'someone-else', type: 'helper.status', result: { ok: true, value: STATUS } });
    port.reply({ v: 1, id: sent.id, type: 'helper.status', result: { ok: true, value: STATUS } });
    expect(await pending).toEqual({ ok: true, value: STATUS });
  });

  it('refuses a response whose value breaks the schema', async () => {
    const port = fakePort();
    const client = createHelperClient({ connect: () => port });
    const pending = client.request('helper.status', {});
    port.reply({ v: 1, id: port.posted[0]?.id, type: 'helper.status', result: { ok: true, value: { helper: 'x' } } });
    expect((await pending).ok).toBe(false);
  });

  it('times out a request with TIMEOUT', async () => {
    vi.useFakeTimers();
    const client = createHelperClient({ connect: () => fakePort() });
    const pending = client.request('helper.ping', {});
    await vi.advanceTimersByTimeAsync(HELPER_REQUEST_TIMEOUT_MS + 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });

  it('fails pending requests with HELPER_NOT_INSTALLED when the host is missing', async () => {
    const port = fakePort();
    const client = createHelperClient({ connect: () => port });
    const pending = client.request('helper.ping', {});
    port.drop('Specified native messaging host not found.');
    expect(await pending).toMatchObject({ ok: false, error: { code: 'HELPER_NOT_INSTALLED' } });
  });

  it('fails pending requests with HELPER_DISCONNECTED when the helper exits, and reconnects next time', async () => {
    const ports = [fakePort(), fakePort()];
    let opened = 0;
    const client = createHelperClient({ connect: () => ports[opened++] as FakePort });
    const first = client.request('helper.ping', {});
    ports[0]?.drop('Native host has exited.');
    expect(await first).toMatchObject({ ok: false, error: { code: 'HELPER_DISCONNECTED' } });
    const second = client.request('helper.ping', {});
    ports[1]?.reply({ v: 1, id: ports[1].posted[0]?.id, type: 'helper.ping', result: { ok: true, value: {} } });
    expect(await second).toEqual({ ok: true, value: {} });
    expect(opened).toBe(2);
  });

  it('closes an idle port so the helper process can exit', async () => {
    vi.useFakeTimers();
    const port = fakePort();
    const client = createHelperClient({ connect: () => port, idleDisconnectMs: 1000 });
    const pending = client.request('helper.ping', {});
    port.reply({ v: 1, id: port.posted[0]?.id, type: 'helper.ping', result: { ok: true, value: {} } });
    await pending;
    await vi.advanceTimersByTimeAsync(1001);
    expect(port.disconnected).toBe(true);
  });
});
