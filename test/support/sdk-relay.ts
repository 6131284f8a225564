import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

/** One frame that crossed the relay, as text. */
export interface RelayedFrame {
  readonly from: 'helper' | 'ausweisapp';
  readonly text: string;
}

export interface SdkRelay {
  readonly port: number;
  /** Every frame in both directions, in order. */
  readonly frames: readonly RelayedFrame[];
  close(): Promise<void>;
}

/**
 * A recording relay between the helper and a real AusweisApp's SDK endpoint, so a test can see every
 * frame the helper sent to the real app (H8: the PIN in exactly one SET_PIN). It connects upstream first
 * and passes AusweisApp's `Server` header on, which the helper's peer check reads (docs/SECURITY.md §3.8);
 * an upstream refusal (429 busy, 409) is passed on as that status.
 */
export async function startSdkRelay(upstreamPort: number): Promise<SdkRelay> {
  const frames: RelayedFrame[] = [];
  const serverHeaders = new WeakMap<IncomingMessage, string>();
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true });
  wss.on('headers', (headers, request) => headers.push(`Server: ${serverHeaders.get(request) ?? ''}`));
  const server = createServer((_req, res) => res.writeHead(404).end());
  server.on('upgrade', (request, socket, head) => {
    const upstream = new WebSocket(`ws://127.0.0.1:${upstreamPort}${request.url ?? '/'}`, {
      headers: { 'User-Agent': request.headers['user-agent'] ?? '' },
    });
    sockets.add(upstream);
    const early: string[] = [];
    let client: WebSocket | null = null;
    upstream.on('upgrade', (response) => serverHeaders.set(request, String(response.headers.server ?? '')));
    upstream.on('unexpected-response', (_req, response) => {
      socket.end(`HTTP/1.1 ${response.statusCode ?? 502} ${response.statusMessage ?? ''}\r\nConnection: close\r\n\r\n`);
    });
    upstream.on('error', () => socket.destroy());
    upstream.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      frames.push({ from: 'ausweisapp', text });
      if (client) client.send(text);
      else early.push(text);
    });
    upstream.on('close', () => client?.close());
    upstream.on('open', () => {
      wss.handleUpgrade(request, socket, head, (ws) => {
        client = ws;
        sockets.add(ws);
        for (const text of early.splice(0)) ws.send(text);
        ws.on('message', (data: Buffer) => {
          const text = data.toString('utf8');
          frames.push({ from: 'helper', text });
          upstream.send(text);
        });
        ws.on('close', () => upstream.close());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    frames,
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
