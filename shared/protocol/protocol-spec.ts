import type * as v from 'valibot';
import type { Result } from './result.ts';

/** Who may send a message. Decided by the receiver from the transport, never from the message. */
export type SenderKind = 'content' | 'popup' | 'options' | 'confirm' | 'background';

export interface ProtocolEntry {
  readonly from: readonly SenderKind[];
  readonly request: v.GenericSchema;
  readonly response: v.GenericSchema;
}

/** One table per boundary: message type → who may send it, request schema, response schema. */
export type ProtocolSpec = Readonly<Record<string, ProtocolEntry>>;

export type RequestOf<S extends ProtocolSpec, T extends keyof S> = v.InferOutput<S[T]['request']>;
export type ResponseOf<S extends ProtocolSpec, T extends keyof S> = v.InferOutput<S[T]['response']>;

/**
 * What a handler of type T learns about its caller: a context that names the sender kind is narrowed
 * to the kinds the table allows for T (the dispatcher refuses every other sender before the handler
 * runs), so a content-script handler sees `origin` and `tabId` without checking `kind` again.
 */
export type ContextFor<S extends ProtocolSpec, T extends keyof S, Ctx> = Ctx extends { kind: unknown }
  ? Extract<Ctx, { kind: S[T]['from'][number] }>
  : Ctx;

/** A handler per message type; `satisfies HandlerMap<…>` makes a missing handler a compile error. */
export type HandlerMap<S extends ProtocolSpec, Ctx> = {
  readonly [T in keyof S]: (payload: RequestOf<S, T>, ctx: ContextFor<S, T, Ctx>) => Promise<Result<ResponseOf<S, T>>>;
};
