import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A loopback MOCK eID server (TC token + PAOS), ported from the reference verified against
 * AusweisApp2 1.26.2 (docs/EID.md §13). It drives AusweisApp's SDK flow through ACCESS_RIGHTS,
 * CERTIFICATE, INSERT_CARD and ENTER_PIN to `AUTH{result ok, url}` with the Simulator card, but does
 * no real EAC and reads no card data: after the EAC1 answer it ends with StartPAOSResponse(ok).
 * AusweisApp must run with `[preverification] enabled=false` (the chain is self-made).
 */

export interface MockEidPki {
  readonly dv: Buffer;
  readonly at: Buffer;
  readonly atDesc: Buffer;
  readonly terms: string;
}

let cachedPki: MockEidPki | undefined;

/**
 * The CVC chain (CVCA → DV → AT) made with openpace's cvc-create, once per process. The CVCA's CHR
 * `DETESTeID00005` is the CAR the 1.26.2 Simulator reports; the chain is valid from today.
 */
export function createMockEidPki(): MockEidPki {
  if (cachedPki) return cachedPki;
  const dir = mkdtempSync(join(tmpdir(), 'amtspass-cvc-'));
  const run = (command: string, args: string[]): void => void execFileSync(command, args, { cwd: dir, stdio: 'pipe' });
  const terms =
    'Name, Anschrift und E-Mail-Adresse des Diensteanbieters:\nMock eID Service (loopback test only)\n127.0.0.1\nZweck des Auslesevorgangs: Anmeldung am Portal (Testdienst)\n';
  writeFileSync(join(dir, 'terms.txt'), terms);
  run('openssl', [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:brainpoolP256r1',
    '-pkeyopt',
    'ec_param_enc:explicit',
    '-outform',
    'DER',
    '-out',
    'cvca.pkcs8',
  ]);
  const all = [
    '--read-dg1',
    '--read-dg2',
    '--read-dg3',
    '--read-dg4',
    '--read-dg5',
    '--read-dg6',
    '--read-dg7',
    '--read-dg8',
    '--read-dg9',
    '--read-dg10',
    '--read-dg13',
    '--read-dg17',
    '--read-dg18',
    '--read-dg19',
    '--read-dg20',
    '--rid',
    '--verify-age',
    '--verify-community',
  ];
  run('cvc-create', [
    '--role=cvca',
    '--type=at',
    '--chr=DETESTeID00005',
    '--expires=290101',
    '--sign-with=cvca.pkcs8',
    '--scheme=ECDSA_SHA_256',
    '--out-cert=cvca.cvcert',
    ...all,
  ]);
  run('cvc-create', [
    '--role=dv_domestic',
    '--chr=DEDVMOCK00001',
    '--expires=281231',
    '--sign-as=cvca.cvcert',
    '--sign-with=cvca.pkcs8',
    '--scheme=ECDSA_SHA_256',
    '--out-cert=dv.cvcert',
    '--out-key=dv.pkcs8',
    ...all,
  ]);
  run('cvc-create', [
    '--role=terminal',
    '--chr=DEMOCKAT00001',
    '--expires=271231',
    '--sign-as=dv.cvcert',
    '--sign-with=dv.pkcs8',
    '--scheme=ECDSA_SHA_256',
    '--out-cert=at.cvcert',
    '--out-key=at.pkcs8',
    '--out-desc=at.desc',
    '--cert-desc=terms.txt',
    '--issuer-name=Mock DVCA (loopback)',
    '--issuer-url=https://127.0.0.1:8443/',
    '--subject-name=Mock eID Service',
    '--subject-url=https://127.0.0.1:8443',
    '--read-dg1',
    '--read-dg2',
    '--read-dg4',
    '--read-dg5',
    '--read-dg8',
    '--read-dg9',
    '--read-dg10',
    '--read-dg13',
    '--read-dg17',
    '--rid',
    '--verify-age',
  ]);
  cachedPki = {
    dv: readFileSync(join(dir, 'dv.cvcert')),
    at: readFileSync(join(dir, 'at.cvcert')),
    atDesc: readFileSync(join(dir, 'at.desc')),
    terms,
  };
  // Everything needed is in memory now; the keys and certificates leave no folder behind.
  rmSync(dir, { recursive: true, force: true });
  return cachedPki;
}

function der(tag: number, content: Buffer | string): Buffer {
  const c = Buffer.from(content);
  const length =
    c.length < 0x80
      ? Buffer.from([c.length])
      : c.length < 0x100
        ? Buffer.from([0x81, c.length])
        : Buffer.from([0x82, c.length >> 8, c.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, c]);
}

/** An AT CHAT with the given bits (TR-03110-4 C.4.2): 0 age, 2 pseudonym, 8+n-1 read DG n. */
function chat(bits: number[]): Buffer {
  let mask = 0n;
  for (const bit of bits) mask |= 1n << BigInt(bit);
  return Buffer.concat([Buffer.from('7f4c12060904007f0007030102025305', 'hex'), Buffer.from(mask.toString(16).padStart(10, '0'), 'hex')]);
}
const REQUIRED = chat([8, 11, 12]); // DocumentType, GivenNames, FamilyName
const OPTIONAL = chat([15, 16, 17, 20, 24, 0]); // DateOfBirth, PlaceOfBirth, Nationality, BirthName, Address, AgeVerification
const AUX = Buffer.from(`67177315060904007f0007030104015308${Buffer.from('20081122').toString('hex')}`, 'hex');
const hex = (b: Buffer): string => b.toString('hex');

/** The Simulator's identity as self-information JSON (docs/EID.md §9, §11 b): what a wallet read returns. */
export const SIMULATOR_SELF_INFO = {
  PersonalData: {
    DocumentType: 'ID',
    IssuingState: 'D',
    DateOfExpiry: '2029-10-31+01:00',
    GivenNames: 'ERIKA',
    FamilyNames: 'MUSTERMANN',
    BirthName: 'GABLER',
    ArtisticName: '',
    AcademicTitle: '',
    DateOfBirth: '1964-08-12+01:00',
    PlaceOfBirth: { FreetextPlace: 'BERLIN' },
    Nationality: 'D',
    PlaceOfResidence: { StructuredPlace: { Street: 'HEIDESTRAẞE 17', City: 'KÖLN', ZipCode: '51147', Country: 'D' } },
  },
  OperationsAllowedByUser: {
    DocumentType: 'ALLOWED',
    IssuingState: 'ALLOWED',
    DateOfExpiry: 'ALLOWED',
    GivenNames: 'ALLOWED',
    FamilyNames: 'ALLOWED',
    BirthName: 'ALLOWED',
    ArtisticName: 'ALLOWED',
    AcademicTitle: 'ALLOWED',
    DateOfBirth: 'ALLOWED',
    PlaceOfBirth: 'ALLOWED',
    Nationality: 'ALLOWED',
    PlaceOfResidence: 'ALLOWED',
    RestrictedID: 'PROHIBITED',
    AgeVerification: 'PROHIBITED',
    PlaceVerification: 'PROHIBITED',
  },
  Result: { ResultMajor: 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok', ResultMessage: { Value: '', Lang: 'en' } },
};

export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface MockEidOptions {
  /** The service's https origin (`https://id.bund.de`); tcToken, PAOS and refresh live under `prefix`. */
  readonly origin: string;
  readonly prefix: string;
  /** The DER of the TLS certificate AusweisApp will see: its hash goes into CommCertificates. */
  readonly tlsCertDer: Buffer;
  readonly subjectName: string;
  /** What the refresh address answers: a signed-in page for a portal, self-information for a wallet read. */
  readonly refresh: 'page' | 'selfinfo';
  /** A stylesheet for the signed-in page, so it looks like the portal's own. */
  readonly stylesheet?: string;
  /** Overrides the self-information body (bad-input tests: malformed, huge). */
  readonly selfInfoBody?: () => { type: string; body: string } | null;
}

export interface MockEidService {
  /** Answers a request under `prefix`, or null for anything else. */
  handle(method: string, url: URL, headers: Readonly<Record<string, string | string[] | undefined>>, body: string): MockResponse | null;
  /** Session ids whose refresh address was fetched, with the result the EAC1 answer carried. */
  readonly refreshed: { sid: string; result: string | null }[];
}

export function createMockEidService(options: MockEidOptions): MockEidService {
  const pki = createMockEidPki();
  const base = `${options.origin}${options.prefix}`;
  const tlsHash = createHash('sha256').update(options.tlsCertDer).digest();
  // Certificate description with explicit context tags, the TLS certificate hash in CommCertificates.
  const desc = der(
    0x30,
    Buffer.concat([
      Buffer.from('060a04007f00070301030101', 'hex'),
      der(0xa1, der(0x0c, 'Mock DVCA (loopback)')),
      der(0xa2, der(0x13, `${options.origin}/`)),
      der(0xa3, der(0x0c, options.subjectName)),
      der(0xa4, der(0x13, options.origin)),
      der(0xa5, der(0x0c, pki.terms)),
      der(0xa7, der(0x31, der(0x04, tlsHash))),
    ]),
  );
  // The description hash inside the AT is patched (its signature breaks; pre-verification is off).
  const at = Buffer.from(pki.at);
  const oldHash = createHash('sha256').update(pki.atDesc).digest();
  const position = at.indexOf(oldHash);
  if (position < 0) throw new Error('description hash not found in the AT certificate');
  createHash('sha256').update(desc).digest().copy(at, position);

  const sessions = new Map<string, { result: string | null }>();
  const refreshed: { sid: string; result: string | null }[] = [];
  const uuid = (): string => `urn:uuid:${randomUUID()}`;
  const envelope = (relatesTo: string, body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.w3.org/2005/03/addressing">
<soap:Header><wsa:RelatesTo>${relatesTo}</wsa:RelatesTo><wsa:MessageID>${uuid()}</wsa:MessageID></soap:Header>
<soap:Body>${body}</soap:Body></soap:Envelope>`;
  const eac1 = `<DIDAuthenticate xmlns="urn:iso:std:iso-iec:24727:tech:schema">
<ConnectionHandle xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="ConnectionHandleType"><CardApplication>e80704007f00070302</CardApplication><SlotHandle>00</SlotHandle></ConnectionHandle>
<DIDName>PIN</DIDName>
<AuthenticationProtocolData Protocol="urn:oid:1.3.162.15480.3.0.14.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="EAC1InputType">
<Certificate>${hex(pki.dv)}</Certificate>
<Certificate>${hex(at)}</Certificate>
<CertificateDescription>${hex(desc)}</CertificateDescription>
<RequiredCHAT>${hex(REQUIRED)}</RequiredCHAT>
<OptionalCHAT>${hex(OPTIONAL)}</OptionalCHAT>
<AuthenticatedAuxiliaryData>${hex(AUX)}</AuthenticatedAuxiliaryData>
</AuthenticationProtocolData></DIDAuthenticate>`;
  const startPaosResponse = (
    ok: boolean,
  ): string => `<StartPAOSResponse xmlns="urn:iso:std:iso-iec:24727:tech:schema" Profile="http://www.bsi.bund.de/ecard/api/1.1">
<Result xmlns="urn:oasis:names:tc:dss:1.0:core:schema"><ResultMajor>http://www.bsi.bund.de/ecard/api/1.1/resultmajor#${ok ? 'ok' : 'error'}</ResultMajor>${ok ? '' : '<ResultMinor>http://www.bsi.bund.de/ecard/api/1.1/resultminor/al/common#internalError</ResultMinor>'}</Result></StartPAOSResponse>`;
  const xml = (type: string, body: string): MockResponse => ({
    status: 200,
    headers: { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' },
    body,
  });

  return {
    refreshed,
    handle(method, url, headers, body) {
      if (!url.pathname.startsWith(`${options.prefix}/`)) return null;
      const path = url.pathname.slice(options.prefix.length);
      if (path === '/tcToken') {
        const sid = randomBytes(16).toString('hex');
        sessions.set(sid, { result: null });
        return xml(
          'text/xml',
          `<?xml version="1.0" encoding="UTF-8"?>
<TCTokenType><ServerAddress>${base}/paos</ServerAddress><SessionIdentifier>${sid}</SessionIdentifier>
<RefreshAddress>${base}/refresh?sid=${sid}</RefreshAddress><CommunicationErrorAddress>${base}/commerror?sid=${sid}</CommunicationErrorAddress>
<Binding>urn:liberty:paos:2006-08</Binding></TCTokenType>`,
        );
      }
      if (path === '/paos' && method === 'POST') {
        const messageId = /<(?:\w+:)?MessageID>([^<]+)</.exec(body)?.[1] ?? '';
        const kind = /<(?:\w+:)?Body>\s*<(?:\w+:)?(\w+)/.exec(body)?.[1] ?? '';
        const sid = String(headers.requestid ?? /<SessionIdentifier>([^<]+)</.exec(body)?.[1] ?? '');
        const session = sessions.get(sid) ?? { result: null };
        sessions.set(sid, session);
        let out: string;
        if (kind === 'StartPAOS') out = envelope(messageId, '<InitializeFramework xmlns="http://www.bsi.bund.de/ecard/api/1.1"/>');
        else if (kind === 'InitializeFrameworkResponse') out = envelope(messageId, eac1);
        else if (kind === 'DIDAuthenticateResponse') {
          const major = /ResultMajor>([^<]+)</.exec(body)?.[1];
          session.result = major?.endsWith('#ok') ? 'ok' : 'error';
          out = envelope(messageId, startPaosResponse(session.result === 'ok'));
        } else out = envelope(messageId, startPaosResponse(false));
        return xml('application/vnd.paos+xml', out);
      }
      if (path === '/refresh' || path === '/commerror') {
        const sid = url.searchParams.get('sid') ?? '';
        const session = sessions.get(sid);
        refreshed.push({ sid, result: session?.result ?? null });
        if (options.refresh === 'selfinfo') {
          // A refresh address is a one-time capability: a second fetch gets nothing.
          if (!session || session.result !== 'ok')
            return { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":"unknown session"}' };
          sessions.delete(sid);
          const custom = options.selfInfoBody?.();
          return {
            status: 200,
            headers: { 'content-type': custom?.type ?? 'application/json' },
            body: custom?.body ?? JSON.stringify(SIMULATOR_SELF_INFO),
          };
        }
        const signedIn = session?.result === 'ok' && url.searchParams.get('ResultMajor') === 'ok';
        return xml(
          'text/html',
          `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${signedIn ? 'Angemeldet' : 'Anmeldung fehlgeschlagen'} – ${options.subjectName}</title>${options.stylesheet ? `<link rel="stylesheet" href="${options.stylesheet}">` : ''}</head>
<body><header><strong>${options.subjectName}</strong><span>${signedIn ? 'Angemeldet mit dem Online-Ausweis' : 'Anmeldung'}</span></header><main><h1 id="eid-result">${signedIn ? 'Sie sind mit dem Online-Ausweis angemeldet.' : 'Die Anmeldung mit dem Online-Ausweis ist fehlgeschlagen.'}</h1></main></body></html>`,
        );
      }
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
    },
  };
}

/** The DER of a PEM certificate. */
export function certificateDer(pem: string): Buffer {
  return Buffer.from(new X509Certificate(pem).raw);
}
