import { dispatchRequest } from '../shared/protocol/dispatch-request.ts';
import type { ResponseEnvelope } from '../shared/protocol/envelope.ts';
import { type NativeProtocol, nativeProtocol } from '../shared/protocol/native-protocol.ts';
import type { HandlerMap } from '../shared/protocol/protocol-spec.ts';
import { fail } from '../shared/protocol/result.ts';
import { PROTOCOL_VERSION } from '../shared/protocol/version.ts';
import { parseJsonFrame } from './io/parse-json-frame.ts';
import type { Log } from './io/log.ts';
import type { StdioTransport, TransportEnd } from './io/stdio-transport.ts';

/** Requests handled at once; more are refused so a flood cannot grow memory without bound. */
export const MAX_CONCURRENT_REQUESTS = 16;

export interface NativeSession {
  /** Call for every complete inbound frame. */
  onFrame(body: Uint8Array): void;
  /** Answers what can still be answered after reading stopped, then resolves. */
  finish(end: TransportEnd): Promise<void>;
}

/**
 * The helper's side of the background ↔ helper table: decode a frame, dispatch it with the sender
 * fixed to `background` (only the browser that started us holds stdin), write the response.
 */
export function createNativeSession(options: {
  transport: Pick<StdioTransport, 'send'>;
  handlers: HandlerMap<NativeProtocol, undefined>;
  log: Log;
}): NativeSession {
  const { transport, log } = options;
  const inFlight = new Set<Promise<void>>();

  async function reply(response: ResponseEnvelope): Promise<void> {
    const written = await transport.send(response);
    if (!written) {
      log('response-too-large', { type: response.type });
      await transport.send({ ...response, result: fail('INTERNAL', 'response too large') });
    }
  }

  async function handle(body: Uint8Array): Promise<void> {
    const started = performance.now();
    const parsed = parseJsonFrame(body);
    if (!parsed.ok) {
      log('frame-rejected', { code: 'INVALID_MESSAGE', detail: parsed.reason, bytes: body.length });
      return reply({ v: PROTOCOL_VERSION, id: null, type: 'error', result: fail('INVALID_MESSAGE', `bad frame: ${parsed.reason}`) });
    }
    const response = await dispatchRequest(parsed.value, {
      spec: nativeProtocol,
      handlers: options.handlers,
      sender: 'background',
      ctx: undefined,
    });
    log('request', {
      type: response.type,
      code: response.result.ok ? 'OK' : response.result.error.code,
      ms: performance.now() - started,
    });
    return reply(response);
  }

  return {
    onFrame(body) {
      if (inFlight.size >= MAX_CONCURRENT_REQUESTS) {
        log('request-refused', { code: 'TIMEOUT', detail: 'too many concurrent requests' });
        void reply({ v: PROTOCOL_VERSION, id: null, type: 'error', result: fail('TIMEOUT', 'too many concurrent requests') });
        return;
      }
      const task = handle(body).finally(() => inFlight.delete(task));
      inFlight.add(task);
    },
    async finish(end) {
      if (end === 'too-large') {
        await reply({ v: PROTOCOL_VERSION, id: null, type: 'error', result: fail('FRAME_TOO_LARGE', 'frame exceeds 64 KiB') });
      }
      await Promise.allSettled([...inFlight]);
    },
  };
}
