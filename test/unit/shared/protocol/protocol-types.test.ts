import { describe, expectTypeOf, it } from 'vitest';
import type { RequestContext } from '../../../../extension/background/router.ts';
import type { ActivationStatus, ContentProtocol } from '../../../../shared/protocol/content-protocol.ts';
import type { ContextFor, HandlerMap, RequestOf, ResponseOf } from '../../../../shared/protocol/protocol-spec.ts';
import type { RequestFn } from '../../../../shared/protocol/request-client.ts';
import type { Result } from '../../../../shared/protocol/result.ts';
import type { TabProtocol } from '../../../../shared/protocol/tab-protocol.ts';
import type { UiProtocol } from '../../../../shared/protocol/ui-protocol.ts';
import type { FillStatus, SignInStatus } from '../../../../shared/protocol/fill-messages.ts';

/** The types the protocol tables promise; checked by the compiler (vitest's typecheck of expectTypeOf). */
describe('protocol types', () => {
  it("a handler's context is narrowed to the senders its table entry allows", () => {
    expectTypeOf<ContextFor<ContentProtocol, 'page.detected', RequestContext>>().toEqualTypeOf<{
      kind: 'content';
      origin: string;
      tabId: number;
    }>();
    expectTypeOf<ContextFor<UiProtocol, 'fill.request', RequestContext>>().toEqualTypeOf<{ kind: 'popup' }>();
    expectTypeOf<ContextFor<UiProtocol, 'consent.decide', RequestContext>>().toEqualTypeOf<{ kind: 'confirm' }>();
    // The tab table's handlers get no context at all.
    expectTypeOf<ContextFor<TabProtocol, 'fill.preview', undefined>>().toEqualTypeOf<undefined>();
    expectTypeOf<Parameters<HandlerMap<ContentProtocol, RequestContext>['hint.activate']>[1]>().toHaveProperty('tabId');
  });

  it("fill and sign-in statuses are the response schemas' types, and the hint reports only their status", () => {
    expectTypeOf<ResponseOf<UiProtocol, 'fill.request'>>().toEqualTypeOf<FillStatus>();
    expectTypeOf<ResponseOf<UiProtocol, 'consent.decide'>>().toEqualTypeOf<FillStatus>();
    expectTypeOf<ResponseOf<UiProtocol, 'signin.request'>>().toEqualTypeOf<SignInStatus>();
    expectTypeOf<FillStatus['status'] | SignInStatus['status']>().toEqualTypeOf<ActivationStatus>();
  });

  it("a request client takes a type's own payload and answers its own response", () => {
    const call = (request: RequestFn<UiProtocol>) => request('fill.request', { tabId: 1 });
    expectTypeOf(call).returns.toEqualTypeOf<Promise<Result<FillStatus>>>();
    expectTypeOf<RequestOf<UiProtocol, 'fill.request'>>().toEqualTypeOf<{ tabId: number }>();
  });
});
