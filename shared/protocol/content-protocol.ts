import * as v from 'valibot';
import type { ProtocolSpec } from './protocol-spec.ts';

/**
 * Content script → background. Content scripts are untrusted: the background derives the origin
 * and tab from the sender, never from the payload, and nothing here returns a stored value.
 */
export const contentProtocol = {
  'page.hello': {
    from: ['content'],
    request: v.strictObject({}),
    response: v.strictObject({ portalId: v.pipe(v.string(), v.maxLength(64)) }),
  },
} as const satisfies ProtocolSpec;

export type ContentProtocol = typeof contentProtocol;
