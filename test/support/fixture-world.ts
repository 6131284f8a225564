import { rmSync } from 'node:fs';
import { startConnectProxy, type ConnectProxy } from './connect-proxy.ts';
import { fixtureHosts } from './fixture-hosts.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { createTestCertificates, type TestCertificates } from './test-ca.ts';

/** Everything a browser needs to reach the fixture portals under their real names. */
export interface FixtureWorld {
  readonly certs: TestCertificates;
  readonly server: FixtureServer;
  readonly proxy: ConnectProxy;
  close(): Promise<void>;
}

export async function startFixtureWorld(): Promise<FixtureWorld> {
  const hosts = fixtureHosts();
  const certs = createTestCertificates([...hosts.keys()]);
  const server = await startFixtureServer({ certs, hosts });
  const proxy = await startConnectProxy({ hosts, targetPort: server.port });
  return {
    certs,
    server,
    proxy,
    async close() {
      await proxy.close();
      await server.close();
      rmSync(certs.dir, { recursive: true, force: true });
    },
  };
}
