import * as v from 'valibot';
import type { EidAction, EidStatus, EidStep, SelfInfo } from '../../shared/protocol/eid-messages.ts';
import { httpsOriginOf } from '../../shared/domain/origin.ts';
import { newRequestId } from '../../shared/protocol/new-request-id.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { OwnAusweisApp } from '../ausweisapp/ausweisapp-launcher.ts';
import { createEidFlow, type EidFlow, type EidFlowOptions } from '../ausweisapp/eid-flow.ts';
import { ReaderListMessageSchema } from '../ausweisapp/sdk-messages.ts';
import type { SdkConnection, SdkConnectResult } from '../ausweisapp/sdk-socket.ts';
import { negotiateApiLevel, verifyPeer } from '../ausweisapp/verify-peer.ts';

/** Asking again after our own previous flow left: up to 30 × 100 ms (it took 100–400 ms when seen). */
const BUSY_AFTER_OWN_FLOW_TRIES = 30;
const BUSY_RETRY_MS = 100;
/** An empty reader list is asked for again this often, after waiting up to this long for a message. */
const EMPTY_LIST_ASKS = 2;
const EMPTY_LIST_WAIT_MS = 250;
/** How long after our status probe a 429 is taken as our own probe's echo. */
const JUST_LEFT_MS = 5_000;

/** GET_READER_LIST and its answer (other messages in between are skipped, up to 8); null when none came. */
async function readerList(connection: SdkConnection, answerTimeoutMs: number): Promise<EidStatus['readers'] | null> {
  connection.send({ cmd: 'GET_READER_LIST' });
  for (let i = 0; i < 8; i++) {
    const message = await connection.next(answerTimeoutMs);
    if (message === null) return null;
    const list = v.safeParse(ReaderListMessageSchema, message);
    if (list.success) {
      return list.output.readers.map((r) => ({
        name: r.name,
        attached: r.attached,
        insertable: r.insertable,
        keypad: r.keypad,
        card: r.card
          ? { retryCounter: r.card.retryCounter ?? null, deactivated: r.card.deactivated, inoperative: r.card.inoperative }
          : null,
      }));
    }
  }
  return null;
}

export interface EidServiceDeps {
  /** The SDK port to try first (24727, or the one configured). */
  readonly port: number;
  readonly connect: (port: number) => Promise<SdkConnectResult>;
  /** The AusweisApp binary, if installed. */
  readonly findBinary: () => string | null;
  readonly startOwn: (binary: string) => Promise<OwnAusweisApp | null>;
  readonly fetchSelfInfo: (url: string, providerOrigin: string) => Promise<Result<SelfInfo>>;
  readonly answerTimeoutMs: number;
  readonly timeouts?: { sdkMs?: number; userMs?: number };
  readonly note?: (event: string, detail: string) => void;
}

/**
 * The helper's eID side: finds or starts AusweisApp, proves it is AusweisApp, and runs one flow at a
 * time (AusweisApp itself allows one SDK client; a second flow would only get 429).
 */
export function createEidService(deps: EidServiceDeps) {
  let own: OwnAusweisApp | null = null;
  let flow: { id: string; flow: EidFlow } | null = null;
  /** When the last status probe closed its connection (a flow started right after may meet its 429). */
  let probedAt: number | null = null;

  /** A connection to a verified AusweisApp at the highest common API level. */
  async function open(options: {
    mayStart: boolean;
  }): Promise<Result<{ connection: SdkConnection; version: string; apiLevel: number; own: boolean }>> {
    // The citizen's own AusweisApp comes first, even after we started one: only it has the smartphone
    // pairings the citizen made (docs/EID.md §10a). Ours is the fallback, started when none runs.
    let connected = await deps.connect(deps.port);
    let isOwn = false;
    if (!connected.ok && connected.code === 'AUSWEISAPP_UNREACHABLE' && own !== null) {
      connected = await deps.connect(own.port);
      isOwn = true;
    }
    if (!connected.ok && connected.code === 'AUSWEISAPP_UNREACHABLE' && options.mayStart && own === null) {
      const binary = deps.findBinary();
      if (binary === null) return fail('AUSWEISAPP_NOT_INSTALLED', 'AusweisApp is not installed');
      own = await deps.startOwn(binary);
      if (own === null) return fail('AUSWEISAPP_UNREACHABLE', 'AusweisApp did not start');
      deps.note?.('ausweisapp-started', `${Math.round(own.readyMs)} ms`);
      connected = await deps.connect(own.port);
      isOwn = true;
    }
    if (!connected.ok) return fail(connected.code, connected.detail);
    const { connection } = connected;
    const peer = await verifyPeer(connection, deps.answerTimeoutMs);
    if (!peer.ok) {
      connection.close();
      return peer;
    }
    const apiLevel = await negotiateApiLevel(connection, peer.value.apiLevels, deps.answerTimeoutMs);
    if (apiLevel === null) {
      connection.close();
      return fail('AUSWEISAPP_NOT_VERIFIED', 'this AusweisApp is too old (API level 2 needed)');
    }
    return ok({ connection, version: peer.value.version, apiLevel, own: isOwn });
  }

  /** Opens AusweisApp and runs one flow; one at a time. */
  async function begin(
    fields: Pick<EidFlowOptions, 'purpose' | 'tcTokenURL' | 'allowedOrigins' | 'fetchSelfInfo'>,
  ): Promise<Result<{ flowId: string; step: EidStep }>> {
    if (flow && !flow.flow.finished) return fail('EID_FLOW_RUNNING', 'another eID flow is running');
    let opened = await open({ mayStart: true });
    // AusweisApp answers 429 for a moment after a client left (docs/EID.md §2). When that client was ours
    // (a sign-in the citizen turned into a PIN change, the popup's status probe just before), wait for it,
    // bounded, rather than show the citizen "busy"; a busy AusweisApp of someone else stays busy.
    const justLeft = flow !== null || (probedAt !== null && Date.now() - probedAt < JUST_LEFT_MS);
    for (let tries = 0; justLeft && !opened.ok && opened.error.code === 'AUSWEISAPP_BUSY' && tries < BUSY_AFTER_OWN_FLOW_TRIES; tries++) {
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
      opened = await open({ mayStart: true });
    }
    if (!opened.ok) return opened;
    const created = createEidFlow({
      ...fields,
      connection: opened.value.connection,
      apiLevel: opened.value.apiLevel,
      ownAusweisApp: opened.value.own,
      ...(deps.timeouts ? { timeouts: deps.timeouts } : {}),
      ...(deps.note ? { note: deps.note } : {}),
    });
    const id = newRequestId();
    flow = { id, flow: created };
    return ok({ flowId: id, step: await created.start() });
  }

  return {
    /** Whether AusweisApp runs, its version and readers; never starts it, never while a flow runs. */
    async status(): Promise<EidStatus> {
      const installed = deps.findBinary() !== null;
      if (flow && !flow.flow.finished)
        return { installed, running: true, version: null, problem: 'AUSWEISAPP_BUSY', readers: [], ownInstance: false };
      const opened = await open({ mayStart: false });
      if (!opened.ok) {
        const problem =
          opened.error.code === 'AUSWEISAPP_BUSY' || opened.error.code === 'AUSWEISAPP_NOT_VERIFIED' ? opened.error.code : null;
        return { installed, running: problem !== null, version: null, problem, readers: [], ownInstance: false };
      }
      const { connection, version, own: ownInstance } = opened.value;
      try {
        // A client's first reader list can come before AusweisApp attached its readers to it (the
        // Simulator appears per client, 2.0.1 on a busy machine [seen]): an empty list is asked for again,
        // after the next message or a moment, a bounded number of times.
        let readers: EidStatus['readers'] = [];
        for (let ask = 0; ask <= EMPTY_LIST_ASKS && readers.length === 0; ask++) {
          if (ask > 0) await connection.next(EMPTY_LIST_WAIT_MS);
          const listed = await readerList(connection, deps.answerTimeoutMs);
          if (listed === null) break;
          readers = listed;
        }
        return { installed: true, running: true, version, problem: null, readers, ownInstance };
      } finally {
        connection.close();
        probedAt = Date.now();
      }
    },

    async start(request: {
      tcTokenURL: string;
      allowedOrigins: readonly string[];
      purpose: 'signin' | 'wallet';
    }): Promise<Result<{ flowId: string; step: EidStep }>> {
      const tokenOrigin = httpsOriginOf(request.tcTokenURL);
      const allowed = new Set(request.allowedOrigins.filter((o) => httpsOriginOf(o) === o));
      if (tokenOrigin === null) return fail('EID_NOT_ALLOWED', 'the tcTokenURL must be https');
      if (!allowed.has(tokenOrigin)) return fail('EID_NOT_ALLOWED', 'the tcTokenURL is not on an eID origin of this portal');
      return begin({
        purpose: request.purpose,
        tcTokenURL: request.tcTokenURL,
        allowedOrigins: allowed,
        fetchSelfInfo: (url) => deps.fetchSelfInfo(url, tokenOrigin),
      });
    },

    /** RUN_CHANGE_PIN: no server, no rights; card, current (or Transport-) PIN, new PIN. */
    async changePin(): Promise<Result<{ flowId: string; step: EidStep }>> {
      return begin({
        purpose: 'changePin',
        tcTokenURL: '',
        allowedOrigins: new Set(),
        fetchSelfInfo: async () => fail('INTERNAL', 'a PIN change reads no data'),
      });
    },

    async act(flowId: string, action: EidAction): Promise<Result<EidStep>> {
      if (!flow || flow.id !== flowId) return fail('NOT_FOUND', 'no such eID flow');
      return flow.flow.act(action);
    },

    /** Ends a running flow and the AusweisApp we started (helper exit). */
    stop(): void {
      if (flow && !flow.flow.finished) void flow.flow.act({ type: 'cancel' });
      own?.stop();
      own = null;
    },

    /** Start-to-ready time of the AusweisApp this helper started, if it did. */
    ownReadyMs(): number | null {
      return own?.readyMs ?? null;
    },
  };
}

export type EidService = ReturnType<typeof createEidService>;
