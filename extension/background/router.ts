import { dispatchRequest } from '../../shared/protocol/dispatch-request.ts';
import type { ResponseEnvelope } from '../../shared/protocol/envelope.ts';
import type { BackgroundProtocol } from '../../shared/protocol/background-protocol.ts';
import type { HandlerMap } from '../../shared/protocol/protocol-spec.ts';
import type { IdentifiedSender, SenderFacts } from './identify-sender.ts';

/** What a handler learns about its caller, established by the router from the transport. */
export type RequestContext = Extract<IdentifiedSender, { kind: string }>;

export interface RouterOptions {
  readonly spec: BackgroundProtocol;
  readonly handlers: HandlerMap<BackgroundProtocol, RequestContext>;
  readonly identify: (sender: SenderFacts) => IdentifiedSender;
  /** Told about every refused message (type and origin only), for diagnostics. */
  readonly onRefused?: (refusal: { type: string; code: string; origin: string | null }) => void;
}

/**
 * The background's only entry for runtime messages: sender → schema → handler → envelope. The
 * handler runs only after the sender is allowed for the type and the payload has parsed.
 */
export function createRouter(options: RouterOptions): (message: unknown, sender: SenderFacts) => Promise<ResponseEnvelope> {
  return async (message, sender) => {
    const who = options.identify(sender);
    const response = await dispatchRequest(message, {
      spec: options.spec,
      handlers: options.handlers,
      sender: who.kind,
      ctx: who as RequestContext,
    });
    if (!response.result.ok && options.onRefused) {
      options.onRefused({ type: response.type, code: response.result.error.code, origin: 'origin' in who ? who.origin : null });
    }
    return response;
  };
}
