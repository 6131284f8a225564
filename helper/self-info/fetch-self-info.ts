import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect, rootCertificates } from 'node:tls';
import type { Socket } from 'node:net';
import type { SelfInfo } from '../../shared/protocol/eid-messages.ts';
import { fail, type Result } from '../../shared/protocol/result.ts';
import { parseSelfInfo } from './parse-self-info.ts';

/** Largest self-information body read; a real one is about 1.5 KiB. */
export const MAX_SELF_INFO_BYTES = 64 * 1024;
export const SELF_INFO_TIMEOUT_MS = 15_000;

/**
 * GETs the wallet read's refresh URL once (docs/EID.md §11 b): https only, on the provider's origin, no
 * redirects, a size and time limit, JSON only. The URL and the body are never logged. An
 * `https_proxy` in the environment is honoured with a CONNECT tunnel, as AusweisApp itself does.
 */
export interface FetchOptions {
  readonly providerOrigin: string;
  readonly userAgent: string;
  readonly env: NodeJS.ProcessEnv;
  /** Extra trusted CA (tests); otherwise Node's store plus NODE_EXTRA_CA_CERTS. */
  readonly ca?: string;
}

export async function fetchSelfInfo(url: string, options: FetchOptions): Promise<Result<SelfInfo>> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return fail('INVALID_VALUE', 'bad refresh address');
  }
  if (target.protocol !== 'https:' || target.origin !== options.providerOrigin)
    return fail('ORIGIN_NOT_ALLOWED', 'refresh address not on the provider origin');
  const body = await get(target, options);
  if (!body.ok) return body;
  let json: unknown;
  try {
    json = JSON.parse(body.value);
  } catch {
    return fail('INVALID_VALUE', 'the provider returned no JSON');
  }
  return parseSelfInfo(json);
}

function tunnel(proxy: URL, host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: proxy.hostname,
      port: Number(proxy.port) || 80,
      method: 'CONNECT',
      path: `${host}:${port}`,
      timeout: SELF_INFO_TIMEOUT_MS,
    });
    req.once('connect', (response, socket) =>
      response.statusCode === 200 ? resolve(socket) : (socket.destroy(), reject(new Error(`proxy ${response.statusCode}`))),
    );
    req.once('error', reject);
    req.once('timeout', () => req.destroy(new Error('proxy timeout')));
    req.end();
  });
}

async function get(target: URL, options: FetchOptions): Promise<Result<string>> {
  const proxyText = options.env.https_proxy ?? options.env.HTTPS_PROXY;
  const port = Number(target.port) || 443;
  let socket: Socket | undefined;
  if (proxyText) {
    try {
      socket = await tunnel(new URL(proxyText), target.hostname, port);
    } catch {
      return fail('TIMEOUT', 'the proxy refused the provider');
    }
  }
  return new Promise((resolve) => {
    const req = httpsRequest(
      {
        host: target.hostname,
        port,
        path: target.pathname + target.search,
        method: 'GET',
        timeout: SELF_INFO_TIMEOUT_MS,
        headers: { 'User-Agent': options.userAgent, Accept: 'application/json' },
        ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
        // Through the proxy: TLS inside the CONNECT tunnel (without an agent, so this socket is used).
        ...(socket
          ? {
              createConnection: () =>
                tlsConnect({ socket, servername: target.hostname, ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}) }),
            }
          : {}),
      },
      (response) => {
        const type = String(response.headers['content-type'] ?? '');
        if (response.statusCode !== 200 || !/json/i.test(type)) {
          response.destroy();
          resolve(fail('INVALID_VALUE', `the provider answered ${response.statusCode ?? 0} ${type.slice(0, 40)}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_SELF_INFO_BYTES) {
            response.destroy();
            resolve(fail('LIMIT_EXCEEDED', 'the provider answer is too large'));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ ok: true, value: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', () => resolve(fail('TIMEOUT', 'the provider connection broke')));
      },
    );
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', () => resolve(fail('TIMEOUT', 'the provider did not answer')));
    req.end();
  });
}
