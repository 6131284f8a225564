import * as v from 'valibot';
import { ATTRIBUTE_IDS, CLASSIFICATION_KINDS } from '../vocabulary/attribute-ids.ts';
import type { ProtocolSpec } from './protocol-spec.ts';

/** What a click on the in-page hint led to: the outcomes of fill.request and signin.request. */
export const ACTIVATION_STATUSES = [
  'filled',
  'needs-consent',
  'nothing-to-fill',
  'submitted',
  'choose-account',
  'method-chosen',
  'eid-started',
  'choose-file',
] as const;
export type ActivationStatus = (typeof ACTIVATION_STATUSES)[number];

/** What the content script found on its page: the page kind and the kinds of fields, never values. */
export const PageDetectedSchema = v.strictObject({
  kind: v.picklist(['login', 'form', 'none']),
  kinds: v.pipe(
    v.array(v.picklist([...ATTRIBUTE_IDS, ...CLASSIFICATION_KINDS])),
    v.maxLength(ATTRIBUTE_IDS.length + CLASSIFICATION_KINDS.length),
  ),
  eidLinks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
});
export type PageDetected = v.InferOutput<typeof PageDetectedSchema>;

/**
 * Content script → background. Content scripts are untrusted: the background derives the origin
 * and tab from the sender, never from the payload, and nothing here returns a stored value.
 */
export const contentProtocol = {
  'page.detected': {
    from: ['content'],
    request: PageDetectedSchema,
    response: v.strictObject({ portalId: v.pipe(v.string(), v.maxLength(64)) }),
  },
  /**
   * A page with an opener asks whether it may act: `byAnotherSite` is its own verdict; the answer
   * stays `silent` for the whole life of a tab once any of its pages said so.
   */
  'page.opened': {
    from: ['content'],
    request: v.strictObject({ byAnotherSite: v.boolean() }),
    response: v.strictObject({ silent: v.boolean() }),
  },
  /**
   * Fields we filled were cleared again at submission (no longer visible, or the form would send them
   * elsewhere or a password with GET): the kinds, for the log. Never a value.
   */
  'fill.withdrawn': {
    from: ['content'],
    request: v.strictObject({
      kinds: v.pipe(
        v.array(v.picklist([...ATTRIBUTE_IDS, ...CLASSIFICATION_KINDS])),
        v.minLength(1),
        v.maxLength(ATTRIBUTE_IDS.length + CLASSIFICATION_KINDS.length),
      ),
    }),
    response: v.strictObject({}),
  },
  'credential.offer': {
    from: ['content'],
    request: v.strictObject({
      username: v.pipe(v.string(), v.minLength(1), v.maxLength(256)),
      password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
    }),
    response: v.strictObject({}),
  },
  'hint.activate': {
    from: ['content'],
    request: v.strictObject({ action: v.picklist(['fill', 'signin']) }),
    response: v.strictObject({ status: v.picklist(ACTIVATION_STATUSES) }),
  },
  /** A trusted click on "Details" in the feedback after a fill: opens the log of disclosures. */
  'fill.details': {
    from: ['content'],
    request: v.strictObject({}),
    response: v.strictObject({}),
  },
  /** A trusted click on an eID-Client activation link; `handled: false` means: let AusweisApp take it. */
  'eid.activate': {
    from: ['content'],
    request: v.strictObject({ url: v.pipe(v.string(), v.maxLength(4096)) }),
    response: v.strictObject({ handled: v.boolean() }),
  },
} as const satisfies ProtocolSpec;

export type ContentProtocol = typeof contentProtocol;
