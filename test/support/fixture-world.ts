import { rmSync } from 'node:fs';
import { bundIdSignedIn } from './bundid-signed-in.ts';
import { CORPUS_HOST } from '../corpus/corpus-host.ts';
import { corpusPage } from '../corpus/corpus-pages.ts';
import { startConnectProxy, type ConnectProxy } from './connect-proxy.ts';
import { fixtureHosts } from './fixture-hosts.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { certificateDer, createMockEidService, type MockEidService, type MockResponse } from './mock-eid-service.ts';
import { createTestCertificates, type TestCertificates } from './test-ca.ts';

/** The attribute provider of the wallet read in the fixture world (a stand-in for AusweisAuskunft). */
export const WALLET_PROVIDER_HOST = 'selbstauskunft.test';
export const WALLET_PROVIDER_TC_TOKEN_URL = `https://${WALLET_PROVIDER_HOST}/tcToken`;

/** Everything a browser needs to reach the fixture portals under their real names. */
export interface FixtureWorld {
  readonly certs: TestCertificates;
  readonly server: FixtureServer;
  readonly proxy: ConnectProxy;
  /** Mock eID services (with `eid: true`): BundID's under https://id.bund.de/eid, the wallet provider's. */
  readonly eid: { readonly signin: MockEidService; readonly wallet: MockEidService } | null;
  close(): Promise<void>;
}

export async function startFixtureWorld(
  options: {
    eid?: boolean;
    walletBody?: () => { type: string; body: string } | null;
    /** The demo: BundID answers a sign-in with its account page (the tests see the fixture's redirect to the start page). */
    signedInPage?: boolean;
  } = {},
): Promise<FixtureWorld> {
  const hosts = fixtureHosts();
  const certs = createTestCertificates([...hosts.keys()]);
  // AusweisApp reaches these through the CONNECT proxy and sees the fixture leaf, whose hash goes
  // into each mock's certificate description (docs/EID.md §8).
  const eid = options.eid
    ? {
        signin: createMockEidService({
          origin: 'https://id.bund.de',
          prefix: '/eid',
          tlsCertDer: certificateDer(certs.certPem),
          subjectName: 'BundID eID-Service (Test)',
          refresh: 'page',
          stylesheet: '/bundid.css',
        }),
        wallet: createMockEidService({
          origin: `https://${WALLET_PROVIDER_HOST}`,
          prefix: '',
          tlsCertDer: certificateDer(certs.certPem),
          subjectName: 'Selbstauskunft (Test)',
          refresh: 'selfinfo',
          ...(options.walletBody ? { selfInfoBody: options.walletBody } : {}),
        }),
      }
    : null;
  const server = await startFixtureServer({
    certs,
    hosts,
    handle: (host, method, url, headers, body) =>
      host === CORPUS_HOST
        ? corpusResponse(url)
        : host === 'id.bund.de'
          ? (eid?.signin.handle(method, url, headers, body) ?? (options.signedInPage ? bundIdSignedIn(method, url, body) : null))
          : host === WALLET_PROVIDER_HOST
            ? (eid?.wallet.handle(method, url, headers, body) ?? null)
            : null,
  });
  const proxy = await startConnectProxy({ hosts, targetPort: server.port });
  return {
    certs,
    server,
    proxy,
    eid,
    async close() {
      try {
        await proxy.close();
        await server.close();
      } finally {
        rmSync(certs.dir, { recursive: true, force: true });
      }
    },
  };
}

/** A corpus page rendered on request; unknown paths fall through (404). */
function corpusResponse(url: URL): MockResponse | null {
  const [, platform, form] = url.pathname.split('/');
  const page = platform && form ? corpusPage(platform, form) : null;
  return page ? { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.html } : null;
}
