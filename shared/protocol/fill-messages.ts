import * as v from 'valibot';
import { MAX_USERNAME_CHARS } from '../domain/credential.ts';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import { PendingSectionSchema, SectionChoicesSchema } from './person-messages.ts';
import { MAX_FILL_SECTIONS, MAX_SIGN_IN_ROUTES, SignInRouteSchema } from './tab-protocol.ts';
import { AttributeIdSchema, OriginSchema, RecordIdSchema, Timestamp } from './vault-messages.ts';

/**
 * Schemas of the fill and sign-in messages in the UI table (ui-protocol.ts): the popup's requests,
 * their statuses, and the confirm window's first-disclosure view and decision. Every string is bounded.
 */

export const TabRefSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const FillStatusSchema = v.variant('status', [
  /**
   * `kept`: fields that held another value the portal had put there, left as they were; `unchanged`:
   * fields that held the very value already (the portal's prefill, or the browser's restore after a reload).
   */
  v.strictObject({ status: v.literal('filled'), filled: v.number(), skipped: v.number(), kept: v.number(), unchanged: v.number() }),
  v.strictObject({ status: v.literal('needs-consent'), pendingId: v.string() }),
  v.strictObject({ status: v.literal('nothing-to-fill') }),
]);
export type FillStatus = v.InferOutput<typeof FillStatusSchema>;
/** A sign-in route the citizen may pick: its place and target on the page, and the account it leads to. */
const RouteChoiceSchema = v.strictObject({
  id: SignInRouteSchema.entries.id,
  target: SignInRouteSchema.entries.target,
  portalName: v.pipe(v.string(), v.maxLength(80)),
});
export const SignInRequestSchema = v.strictObject({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  credentialId: v.optional(RecordIdSchema),
  /** Sign in through this identity account instead (a choice the background offered). */
  route: v.optional(v.strictObject({ id: SignInRouteSchema.entries.id, target: SignInRouteSchema.entries.target })),
});
export const SignInStatusSchema = v.variant('status', [
  v.strictObject({ status: v.literal('submitted') }),
  v.strictObject({ status: v.literal('method-chosen') }),
  /** No stored account, but the page's eID link: the eID sign-in runs in our window. */
  v.strictObject({ status: v.literal('eid-started') }),
  /** The password is in; the login form waits for a certificate file only the citizen can choose. */
  v.strictObject({ status: v.literal('choose-file') }),
  v.strictObject({
    status: v.literal('choose-account'),
    accounts: v.pipe(
      v.array(v.strictObject({ id: RecordIdSchema, username: v.pipe(v.string(), v.maxLength(MAX_USERNAME_CHARS)) })),
      v.maxLength(50),
    ),
    routes: v.pipe(v.array(RouteChoiceSchema), v.maxLength(MAX_SIGN_IN_ROUTES)),
  }),
]);
export type SignInStatus = v.InferOutput<typeof SignInStatusSchema>;
export const PendingRefSchema = v.strictObject({ pendingId: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)) });
/** Who is asking, without any value: what the confirm window shows above its unlock form. */
export const PendingTargetSchema = v.strictObject({ portalName: v.pipe(v.string(), v.maxLength(80)), origin: OriginSchema });
export const PendingViewSchema = v.strictObject({
  portalName: v.string(),
  origin: OriginSchema,
  requiredTrust: v.picklist(['low', 'substantial', 'high']),
  attributes: v.array(
    v.strictObject({
      attributeId: AttributeIdSchema,
      fieldLabel: v.string(),
      value: v.string(),
      trust: v.picklist(['low', 'substantial', 'high']),
      source: v.picklist(['user', 'eid', 'import']),
      readAt: v.optional(Timestamp),
      alreadyConsented: v.boolean(),
      meetsTrust: v.boolean(),
      /** What the page already put into the field (the portal's prefill), shown beside ours; it stays unless replaced. */
      pagePrefill: v.nullable(v.pipe(v.string(), v.maxLength(200))),
    }),
  ),
  /** Other persons' sections of the form (a child's, the partner's), each with its proposed person. */
  sections: v.pipe(v.array(PendingSectionSchema), v.maxLength(MAX_FILL_SECTIONS)),
});
export const ConsentDecisionSchema = v.strictObject({
  pendingId: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)),
  approve: v.pipe(v.array(AttributeIdSchema), v.maxLength(ATTRIBUTE_IDS.length)),
  remember: v.boolean(),
  /** Attributes whose value replaces the portal's prefill (the citizen ticked "ersetzen"); default none. */
  replace: v.optional(v.pipe(v.array(AttributeIdSchema), v.maxLength(ATTRIBUTE_IDS.length))),
  /** Who fills each other person's section; a section not named stays empty. */
  sections: SectionChoicesSchema,
});
export const PageCurrentSchema = v.strictObject({
  page: v.nullable(
    v.strictObject({
      portalId: v.string(),
      portalName: v.string(),
      origin: OriginSchema,
      kind: v.picklist(['login', 'form', 'none']),
      retired: v.boolean(),
      organisation: v.boolean(),
    }),
  ),
  /** A sign-in the citizen made by hand on this tab, offered for saving (user name only). */
  offer: v.nullable(v.strictObject({ origin: OriginSchema, username: v.string() })),
});
export const OfferDecisionSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), save: v.boolean() });
