import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateDer, createMockEidService, type MockEidOptions, type MockEidService } from './mock-eid-service.ts';

export interface MockEidServer {
  readonly origin: string;
  readonly tcTokenURL: string;
  readonly service: MockEidService;
  close(): Promise<void>;
}

/**
 * The mock eID service on its own https://127.0.0.1:<port> with a self-signed certificate for the IP
 * (as in docs/EID.md §13); AusweisApp does no chain check, only the hash in the certificate description.
 * The key is EC P-256: AusweisApp 2.x refuses RSA keys under 3000 bits (TR-03116-4), as real eID servers know.
 */
export async function startMockEidServer(
  options: Pick<MockEidOptions, 'refresh' | 'selfInfoBody'> = { refresh: 'page' },
): Promise<MockEidServer> {
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-mock-eid-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  const certPem = readFileSync(join(dir, 'cert.pem'), 'utf8');
  // The service needs the port for its certificate description, so it is made after listen().
  const holder: { service?: MockEidService } = {};
  const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: certPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = holder.service?.handle(
        req.method ?? 'GET',
        new URL(req.url ?? '/', 'https://127.0.0.1'),
        req.headers,
        Buffer.concat(chunks).toString('utf8'),
      );
      if (!answer) res.writeHead(404).end();
      else res.writeHead(answer.status, answer.headers).end(answer.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const service = createMockEidService({
    origin,
    prefix: '',
    tlsCertDer: certificateDer(certPem),
    subjectName: 'Mock eID Service',
    ...options,
  });
  holder.service = service;
  return {
    origin,
    tcTokenURL: `${origin}/tcToken`,
    service,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
      }),
  };
}
