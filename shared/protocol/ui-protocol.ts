import * as v from 'valibot';
import { EmptySchema, HelperStatusSchema } from './native-protocol.ts';
import type { ProtocolSpec } from './protocol-spec.ts';

/** Extension pages (popup, options, confirm) → background. Privileged: never sent from a tab's page. */
export const uiProtocol = {
  'helper.status': { from: ['popup', 'options', 'confirm'], request: EmptySchema, response: HelperStatusSchema },
  'helper.ping': {
    from: ['popup', 'options'],
    request: EmptySchema,
    response: v.strictObject({ roundTripMs: v.number() }),
  },
} as const satisfies ProtocolSpec;

export type UiProtocol = typeof uiProtocol;
