import * as v from 'valibot';
import { EidActionSchema, EidStartRequestSchema, EidStatusSchema, EidStepSchema, FlowIdSchema } from './eid-messages.ts';
import type { ProtocolSpec } from './protocol-spec.ts';

/** Longest version string we accept from a peer (helper, AusweisApp). */
export const MAX_VERSION_CHARS = 64;

const Version = v.pipe(v.string(), v.maxLength(MAX_VERSION_CHARS));

export const AusweisAppProblemSchema = v.picklist(['AUSWEISAPP_BUSY', 'AUSWEISAPP_NOT_VERIFIED']);

/**
 * What the helper knows about itself and AusweisApp. `reachable` means something answered on the SDK
 * port; `version` is set only once the peer proved to be AusweisApp (INFO); `problem` says why not.
 */
export const HelperStatusSchema = v.strictObject({
  helper: v.strictObject({ version: Version }),
  ausweisApp: v.strictObject({
    reachable: v.boolean(),
    version: v.nullable(Version),
    apiLevels: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))), v.maxLength(16)),
    problem: v.nullable(AusweisAppProblemSchema),
  }),
});
export type HelperStatus = v.InferOutput<typeof HelperStatusSchema>;

export const EmptySchema = v.strictObject({});

/** Background ↔ helper. Only the background holds the native port, so it is the only sender. */
export const nativeProtocol = {
  'helper.status': { from: ['background'], request: EmptySchema, response: HelperStatusSchema },
  'helper.ping': { from: ['background'], request: EmptySchema, response: EmptySchema },
  /** AusweisApp, its readers and cards; never starts AusweisApp. */
  'eid.status': { from: ['background'], request: EmptySchema, response: EidStatusSchema },
  /** Starts the one eID flow (starting AusweisApp headless if needed) and answers with its first step. */
  'eid.start': {
    from: ['background'],
    request: EidStartRequestSchema,
    response: v.strictObject({ flowId: FlowIdSchema, step: EidStepSchema }),
  },
  /** Starts a PIN change (RUN_CHANGE_PIN): the Transport-PIN or the current PIN, then the new one. */
  'eid.changePin': { from: ['background'], request: EmptySchema, response: v.strictObject({ flowId: FlowIdSchema, step: EidStepSchema }) },
  /** One action in the running flow; answers with the step it led to. */
  'eid.act': { from: ['background'], request: v.strictObject({ flowId: FlowIdSchema, action: EidActionSchema }), response: EidStepSchema },
} as const satisfies ProtocolSpec;

export type NativeProtocol = typeof nativeProtocol;
