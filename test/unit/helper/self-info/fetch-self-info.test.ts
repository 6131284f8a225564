import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSelfInfo, MAX_SELF_INFO_BYTES } from '../../../../helper/self-info/fetch-self-info.ts';
import { parseSelfInfo } from '../../../../helper/self-info/parse-self-info.ts';
import { startConnectProxy, type ConnectProxy } from '../../../support/connect-proxy.ts';
import { SIMULATOR_SELF_INFO } from '../../../support/mock-eid-service.ts';
import { createTestCertificates, type TestCertificates } from '../../../support/test-ca.ts';

const HOST = 'selbstauskunft.test';

describe('parsing self-information (docs/EID.md §11 b)', () => {
  it('takes only ALLOWED values, flattens places, never RestrictedID', () => {
    const withRid = { ...SIMULATOR_SELF_INFO, PersonalData: { ...SIMULATOR_SELF_INFO.PersonalData, RestrictedID: 'abc' } };
    const parsed = parseSelfInfo({
      ...withRid,
      OperationsAllowedByUser: { ...SIMULATOR_SELF_INFO.OperationsAllowedByUser, BirthName: 'PROHIBITED', RestrictedID: 'ALLOWED' },
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        DocumentType: 'ID',
        IssuingState: 'D',
        DateOfExpiry: '2029-10-31+01:00',
        GivenNames: 'ERIKA',
        FamilyNames: 'MUSTERMANN',
        DateOfBirth: '1964-08-12+01:00',
        PlaceOfBirth: 'BERLIN',
        Nationality: 'D',
        Street: 'HEIDESTRAẞE 17',
        City: 'KÖLN',
        ZipCode: '51147',
        Country: 'D',
      },
    });
  });

  it.each([
    ['not an object', 'x'],
    ['no PersonalData', { OperationsAllowedByUser: {} }],
    ['a wrong permission value', { PersonalData: {}, OperationsAllowedByUser: { GivenNames: 'MAYBE' } }],
    ['an error result', { ...SIMULATOR_SELF_INFO, Result: { ResultMajor: 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#error' } }],
    ['nothing allowed', { ...SIMULATOR_SELF_INFO, OperationsAllowedByUser: {} }],
    ['a value over 512 characters', { PersonalData: { GivenNames: 'A'.repeat(513) }, OperationsAllowedByUser: { GivenNames: 'ALLOWED' } }],
  ])('refuses %s', (_what, json) => {
    expect(parseSelfInfo(json)).toMatchObject({ ok: false });
  });
});

describe('fetching the refresh address of a wallet read', () => {
  let certs: TestCertificates;
  let server: Server;
  let proxy: ConnectProxy;
  let answer: { status: number; type: string; body: string | Buffer } = { status: 200, type: 'application/json', body: '' };
  const requests: string[] = [];

  beforeAll(async () => {
    certs = createTestCertificates([HOST]);
    server = createServer({ key: certs.keyPem, cert: certs.certPem }, (req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    proxy = await startConnectProxy({ hosts: new Map([[HOST, 'x']]), targetPort: (server.address() as AddressInfo).port });
  });
  afterAll(async () => {
    await proxy.close();
    server.close();
  });

  // In the browser tests the helper trusts the test CA through NODE_EXTRA_CA_CERTS; here it is passed in.
  const fetch = (url: string) =>
    fetchSelfInfo(url, {
      providerOrigin: `https://${HOST}`,
      userAgent: 'test',
      env: { https_proxy: `http://127.0.0.1:${proxy.port}` },
      ca: certs.caPem,
    });

  it('reads the self-information through the proxy, once', async () => {
    answer = { status: 200, type: 'application/json', body: JSON.stringify(SIMULATOR_SELF_INFO) };
    const result = await fetch(`https://${HOST}/refresh?sid=1`);
    expect(result).toMatchObject({ ok: true, value: { GivenNames: 'ERIKA' } });
    expect(requests).toEqual(['/refresh?sid=1']);
  });

  it.each([
    ['malformed JSON', { status: 200, type: 'application/json', body: '{"PersonalData": ' }, 'INVALID_VALUE'],
    ['HTML instead of JSON', { status: 200, type: 'text/html', body: '<html></html>' }, 'INVALID_VALUE'],
    ['a redirect', { status: 302, type: 'application/json', body: '' }, 'INVALID_VALUE'],
    ['a huge body', { status: 200, type: 'application/json', body: Buffer.alloc(MAX_SELF_INFO_BYTES + 10, 0x20) }, 'LIMIT_EXCEEDED'],
  ] as const)('refuses %s', async (_what, reply, code) => {
    answer = reply;
    expect(await fetch(`https://${HOST}/refresh?sid=2`)).toMatchObject({ ok: false, error: { code } });
  });

  it.each([[`http://${HOST}/refresh`], ['https://evil.test/refresh'], ['not a url']])('never fetches %s', async (url) => {
    const before = requests.length;
    expect(await fetch(url)).toMatchObject({ ok: false });
    expect(requests.length).toBe(before);
  });
});
