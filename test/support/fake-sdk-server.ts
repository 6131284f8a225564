import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** How the fake answers: as AusweisApp 1.26.2, refusing (429/409), or as a port squatter. */
export type FakeSdkMode = 'ausweisapp' | 'busy-429' | 'busy-409' | 'squatter';

export interface FakeSdkServer {
  readonly port: number;
  /** Request headers of every connection attempt (to check: no Origin, our User-Agent). */
  readonly handshakes: IncomingHttpHeaders[];
  /** Every command received, in order. */
  readonly commands: Record<string, unknown>[];
  close(): Promise<void>;
}

/** VersionInfo exactly as AusweisApp2 1.26.2 on Debian sends it (EID.md §5). */
export const AUSWEISAPP_1_26_2_INFO = {
  Name: 'AusweisApp2',
  'Implementation-Title': 'AusweisApp2',
  'Implementation-Vendor': '',
  'Implementation-Version': '1.26.2',
  'Specification-Title': 'TR-03124-1',
  'Specification-Vendor': 'Federal Office for Information Security',
  'Specification-Version': '1.3',
};

/**
 * A protocol-faithful stand-in for AusweisApp's SDK WebSocket on 127.0.0.1 (port 0): the 101 `Server`
 * header, the unsolicited READER greetings, GET_INFO and GET_API_LEVEL answers, and HTTP refusals.
 */
export async function startFakeSdkServer(mode: FakeSdkMode = 'ausweisapp'): Promise<FakeSdkServer> {
  const handshakes: IncomingHttpHeaders[] = [];
  const commands: Record<string, unknown>[] = [];
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    path: '/eID-Kernel',
    verifyClient: (info, done) => {
      handshakes.push(info.req.headers);
      if (mode === 'busy-429') done(false, 429, 'Too Many Requests');
      else if (mode === 'busy-409') done(false, 409, 'Conflict');
      else done(true);
    },
  });
  server.on('headers', (headers) => headers.push('Server: AusweisApp2/1.26.2'));
  server.on('connection', (socket: WebSocket) => {
    const send = (message: object): void => socket.send(JSON.stringify(message));
    send({ msg: 'READER', name: 'Simulator', insertable: false, attached: true, keypad: true, card: null });
    socket.on('message', (data) => {
      const command = JSON.parse(Buffer.isBuffer(data) ? data.toString("utf8") : "{}") as Record<string, unknown>;
      commands.push(command);
      if (command.cmd === 'GET_INFO') {
        send({ msg: 'INFO', VersionInfo: mode === 'squatter' ? { Name: 'Totally AusweisApp', 'Implementation-Title': 'nginx' } : AUSWEISAPP_1_26_2_INFO });
      } else if (command.cmd === 'GET_API_LEVEL') {
        send({ msg: 'API_LEVEL', available: [1, 2], current: 1 });
      } else {
        send({ msg: 'UNKNOWN_COMMAND', error: String(command.cmd) });
      }
    });
  });
  await new Promise<void>((done) => server.once('listening', done));
  return {
    port: (server.address() as AddressInfo).port,
    handshakes,
    commands,
    close: () =>
      new Promise((done) => {
        for (const client of server.clients) client.terminate();
        server.close(() => done());
      }),
  };
}
