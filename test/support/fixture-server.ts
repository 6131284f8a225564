import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { MockResponse } from './mock-eid-service.ts';
import type { TestCertificates } from './test-ca.ts';

const FIXTURES_ROOT = resolve(import.meta.dirname, '..', 'fixtures');
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.aspx': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface RecordedRequest {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  readonly body: string;
}

export interface FixtureServer {
  readonly port: number;
  readonly hosts: ReadonlyMap<string, string>;
  /** Every request, in order (attacker hosts such as collector.test are checked against it). */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * One HTTPS server on 127.0.0.1 (port 0) for all fixture hosts: it routes by Host header to a folder
 * under test/fixtures and refuses unknown hosts with 421. `/x` serves `x.html` or `x/index.html`.
 */
/** A dynamic answer for a host (the mock eID services); null falls through to the static files. */
export type FixtureHandler = (
  host: string,
  method: string,
  url: URL,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: string,
) => MockResponse | null;

export async function startFixtureServer(options: {
  certs: TestCertificates;
  hosts: ReadonlyMap<string, string>;
  handle?: FixtureHandler;
}): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer({ key: options.certs.keyPem, cert: options.certs.certPem }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const folder = options.hosts.get(host);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.length < 256 && chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `https://${host}`);
      requests.push({ host, method: req.method ?? 'GET', path: url.pathname + url.search, body: Buffer.concat(chunks).toString('utf8') });
      if (folder === undefined) {
        res.writeHead(421).end('unknown fixture host');
        return;
      }
      const dynamic = options.handle?.(host, req.method ?? 'GET', url, req.headers, Buffer.concat(chunks).toString('utf8'));
      if (dynamic) {
        res.writeHead(dynamic.status, dynamic.headers).end(dynamic.body);
        return;
      }
      void serveFile(join(FIXTURES_ROOT, folder), url.pathname).then((file) => {
        if (file === null) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        else res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    hosts: options.hosts,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function serveFile(folder: string, pathname: string): Promise<{ body: Buffer; type: string } | null> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|$))+/, '');
  const candidates = extname(clean) ? [clean] : [`${clean.replace(/\/$/, '')}.html`, join(clean, 'index.html')];
  for (const candidate of candidates) {
    const path = join(folder, candidate);
    if (!path.startsWith(folder)) return null;
    try {
      return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
    } catch {
      // try the next candidate
    }
  }
  return null;
}
