import * as v from 'valibot';
import { ATTRIBUTE_IDS, CLASSIFICATION_KINDS } from '../vocabulary/attribute-ids.ts';
import { MAX_ATTRIBUTE_VALUE_CHARS } from '../vocabulary/attribute-limits.ts';
import type { ProtocolSpec } from './protocol-spec.ts';

const Kind = v.picklist([...ATTRIBUTE_IDS, ...CLASSIFICATION_KINDS]);
/** Most fields a preview or fill speaks of; collect stops at 2,000, forms that need more are not ours. */
export const MAX_FILL_FIELDS = 400;

/** Most other persons' sections one fill speaks of (child 1, child 2, partner …). */
export const MAX_FILL_SECTIONS = 12;
/** Whose data a field asks for (extension/content/DETECTION.md): the citizen's (`self`) or another person's. */
export const FieldSubjectSchema = v.picklist(['self', 'partner', 'child', 'other']);
/** The repeated section of one subject: child 1, child 2 … */
export const FieldGroupSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99));

/** The longest prefilled value a preview reports; longer ones are cut (shown only, never stored). */
export const MAX_PREFILL_CHARS = 200;

/** The most sign-in routes a page may name; a login page has a handful. */
export const MAX_SIGN_IN_ROUTES = 8;
/** eID-Client links carry the whole tcTokenURL; a longer target is no route. */
const RouteTarget = v.pipe(v.string(), v.maxLength(2048));

export const SignInRouteSchema = v.strictObject({
  /** Its place in the page's list; the target is checked again before it is followed. */
  id: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SIGN_IN_ROUTES - 1)),
  kind: v.picklist(['password-method', 'broker', 'handoff', 'eid']),
  name: v.pipe(v.string(), v.maxLength(80)),
  target: RouteTarget,
});
export type SignInRoute = v.InferOutput<typeof SignInRouteSchema>;

export const FillPreviewSchema = v.strictObject({
  page: v.picklist(['login', 'form', 'none']),
  fields: v.pipe(
    v.array(
      v.strictObject({
        index: v.pipe(v.number(), v.integer(), v.minValue(0)),
        kind: Kind,
        label: v.pipe(v.string(), v.maxLength(120)),
        visible: v.boolean(),
        /** A value the page put there (not the citizen, not Amtspass): the portal's prefill, for the confirm window. */
        prefill: v.nullable(v.pipe(v.string(), v.maxLength(MAX_PREFILL_CHARS))),
        /** Whose section the field is in: the citizen's own, or a child's, the partner's … */
        subject: FieldSubjectSchema,
        group: FieldGroupSchema,
      }),
    ),
    v.maxLength(MAX_FILL_FIELDS),
  ),
  /** The effective submission targets of the forms holding those fields (docs/SECURITY.md §3.5). */
  targets: v.pipe(v.array(v.pipe(v.string(), v.maxLength(600))), v.maxLength(20)),
  /** Other ways to sign in the page offers (identity-provider buttons, hand-offs); see signin.follow. */
  routes: v.pipe(v.array(SignInRouteSchema), v.maxLength(MAX_SIGN_IN_ROUTES)),
});
export type FillPreview = v.InferOutput<typeof FillPreviewSchema>;

const Value = v.pipe(v.string(), v.maxLength(MAX_ATTRIBUTE_VALUE_CHARS));

export const FillApplySchema = v.strictObject({
  attributes: v.record(v.picklist(ATTRIBUTE_IDS), Value),
  credential: v.optional(
    v.strictObject({ username: v.pipe(v.string(), v.maxLength(256)), password: v.pipe(v.string(), v.maxLength(1024)) }),
  ),
  /**
   * Other persons' sections, each with the values of the person the citizen chose for it and nothing
   * else; a section not listed gets nothing. Absent: the citizen's own fields only.
   */
  sections: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          subject: v.picklist(['partner', 'child', 'other']),
          group: FieldGroupSchema,
          attributes: v.record(v.picklist(ATTRIBUTE_IDS), Value),
          kinds: v.pipe(v.array(Kind), v.maxLength(ATTRIBUTE_IDS.length + CLASSIFICATION_KINDS.length)),
        }),
      ),
      v.maxLength(MAX_FILL_SECTIONS),
    ),
  ),
  /** How the stored countries may be written (three per person at most); XXA is "staatenlos". */
  countries: v.optional(
    v.pipe(
      v.record(
        v.pipe(v.string(), v.regex(/^(?:[A-Z]{2}|XXA)$/)),
        v.strictObject({
          codes: v.pipe(v.array(v.pipe(v.string(), v.maxLength(8))), v.maxLength(6)),
          names: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.minLength(1), v.maxLength(8)),
          adjective: v.optional(v.pipe(v.string(), v.maxLength(60))),
        }),
      ),
      v.check((forms) => Object.keys(forms).length <= 3 * (MAX_FILL_SECTIONS + 1), 'at most three countries per person'),
    ),
  ),
  kinds: v.pipe(v.array(Kind), v.maxLength(ATTRIBUTE_IDS.length + CLASSIFICATION_KINDS.length)),
  /** Kinds whose portal prefill the citizen chose to replace in the confirm window; others keep it. */
  replace: v.optional(v.pipe(v.array(Kind), v.maxLength(ATTRIBUTE_IDS.length + CLASSIFICATION_KINDS.length))),
  /** The origin the background decided for; the content script refuses if the page has moved on. */
  origin: v.pipe(v.string(), v.maxLength(300)),
  /** The page (URL without fragment) the fill was decided for; another page of the origin gets nothing. */
  url: v.pipe(v.string(), v.maxLength(4096)),
  submit: v.boolean(),
});

export const FillOutcomesSchema = v.strictObject({
  outcomes: v.pipe(
    v.array(
      v.strictObject({
        index: v.pipe(v.number(), v.integer(), v.minValue(0)),
        kind: Kind,
        outcome: v.picklist(['filled', 'skipped', 'rejected', 'withdrawn']),
        reason: v.optional(v.pipe(v.string(), v.maxLength(40))),
        /** Another person's field: its section (`child|2`); absent for the citizen's own. */
        section: v.optional(v.pipe(v.string(), v.maxLength(12))),
      }),
    ),
    v.maxLength(MAX_FILL_FIELDS),
  ),
  submitted: v.boolean(),
  /** Not submitted because the login form still needs a file only the citizen can choose (a certificate). */
  waitingFor: v.optional(v.picklist(['file'])),
});
export type FillOutcomes = v.InferOutput<typeof FillOutcomesSchema>;

/**
 * Background → content script of one tab (sent with `tabs.sendMessage` to frame 0 only). The content
 * script accepts these only from its own extension's background (no `sender.tab`). `fill.apply` is the
 * one message that carries values to the page, after the background decided the fill.
 */
export const tabProtocol = {
  'fill.preview': { from: ['background'], request: v.strictObject({}), response: FillPreviewSchema },
  'fill.apply': { from: ['background'], request: FillApplySchema, response: FillOutcomesSchema },
  /** Follows one route of the preview, if it is still there with the same target. */
  'signin.follow': {
    from: ['background'],
    request: v.strictObject({ id: SignInRouteSchema.entries.id, target: RouteTarget }),
    response: v.strictObject({ followed: v.boolean() }),
  },
} as const satisfies ProtocolSpec;

export type TabProtocol = typeof tabProtocol;
