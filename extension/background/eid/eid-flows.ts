import type { Portal } from '../../../shared/domain/portal.ts';
import { isEidClientUrl } from '../../../shared/domain/eid-triggers.ts';
import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import {
  EID_PROBLEMS,
  type EidAction,
  type EidProblem,
  type EidPurpose,
  type EidStep,
  type EidView,
} from '../../../shared/protocol/eid-messages.ts';
import { SELF } from '../../../shared/domain/person.ts';
import { personLogName } from '../../../shared/domain/person-log-name.ts';
import { newRequestId } from '../../../shared/protocol/new-request-id.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import { ATTRIBUTE_CATALOG } from '../../../shared/vocabulary/attribute-catalog.ts';
import { ATTRIBUTE_IDS, type AttributeId } from '../../../shared/vocabulary/attribute-ids.ts';
import { cardValuesFromSelfInfo } from '../../../shared/vocabulary/card-values-from-self-info.ts';
import type { CardValue } from '../../../shared/vocabulary/normalise-card-value.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { HelperClient } from '../helper-link/helper-client.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';

/** A flow the citizen has not finished is dropped after this long (its window then says so). */
export const EID_FLOW_TTL_MS = 15 * 60_000;
/** Flows kept at once; older ones are dropped. */
export const MAX_EID_FLOWS = 8;
/** The audit log's portal id for wallet reads (the provider is no portal). */
export const WALLET_AUDIT_ID = 'eid-provider';
/** The flow's portal id for PIN changes (they involve no portal and disclose nothing). */
export const CHANGE_PIN_ID = 'eid-pin';

interface FlowRecord {
  readonly ref: string;
  readonly purpose: EidPurpose;
  readonly portalId: string;
  readonly portalName: string;
  readonly origin: string;
  readonly tabId: number | null;
  readonly tcTokenURL: string;
  readonly allowedOrigins: readonly string[];
  readonly createdAt: number;
  flowId: string | null;
  step: EidStep | null;
  problem: EidProblem | null;
  subjectOrigin: string | null;
  rights: AttributeId[];
  card: CardValue[];
  completed: boolean;
  /** Whose card a wallet read reads: the citizen (`self`) or a person of the household. */
  readonly person: string;
}

export interface EidTabs {
  url(tabId: number): Promise<string | null>;
  navigate(tabId: number, url: string): Promise<void>;
}

/** The tcTokenURL of an eID-Client activation (query keys are case-insensitive, TR-03124-1 §2.2). */
export function tcTokenUrlOf(activation: string): string | null {
  if (!isEidClientUrl(activation)) return null;
  try {
    for (const [key, value] of new URL(activation).searchParams) if (key.toLowerCase() === 'tctokenurl') return value;
  } catch {
    return null;
  }
  return null;
}

/** Attribute ids an access right reads, for the audit log of a sign-in. */
function attributesOfRights(rights: readonly string[]): AttributeId[] {
  return ATTRIBUTE_IDS.filter((id) => {
    const right = ATTRIBUTE_CATALOG[id].eid?.accessRight;
    return right !== undefined && rights.includes(right);
  });
}

const asProblem = (code: string): EidProblem => ((EID_PROBLEMS as readonly string[]).includes(code) ? (code as EidProblem) : 'INTERNAL');

/**
 * eID flows as the background holds them, in the worker's memory only (like pending fills): which
 * tab and portal a flow belongs to, the helper's flow id, and — for a wallet read — the card values
 * until the citizen stores or drops them. The tab is sent to the refresh address only when it is
 * https on an eID origin of the portal or the certificate subject's origin, and the tab still shows
 * the portal (docs/EID.md §11 a).
 */
export function createEidFlows(deps: {
  helper: HelperClient;
  registry: PortalRegistry;
  stores: VaultStores;
  tabs: EidTabs;
  openWindow: (ref: string) => Promise<void>;
  walletProvider: () => Promise<string>;
  now: () => number;
}) {
  const flows = new Map<string, FlowRecord>();

  function put(record: FlowRecord): void {
    for (const [ref, old] of flows) if (deps.now() - old.createdAt > EID_FLOW_TTL_MS) flows.delete(ref);
    flows.set(record.ref, record);
    while (flows.size > MAX_EID_FLOWS) flows.delete(flows.keys().next().value as string);
  }

  function get(ref: string): FlowRecord | null {
    const record = flows.get(ref);
    if (!record || deps.now() - record.createdAt > EID_FLOW_TTL_MS) {
      flows.delete(ref);
      return null;
    }
    return record;
  }

  function newRecord(
    fields: Pick<FlowRecord, 'purpose' | 'portalId' | 'portalName' | 'origin' | 'tabId' | 'tcTokenURL' | 'allowedOrigins'> & {
      person?: string;
    },
    problem: EidProblem | null,
  ): FlowRecord {
    return {
      person: SELF,
      ...fields,
      ref: newRequestId(),
      createdAt: deps.now(),
      flowId: null,
      step: null,
      problem,
      subjectOrigin: null,
      rights: [],
      card: [],
      completed: false,
    };
  }

  async function differences(keys: VaultKeys | null, record: FlowRecord): Promise<EidView['differences']> {
    if (record.card.length === 0) return [];
    // Compared with the values of the person whose card it is.
    const listed = keys ? (await deps.stores.attributes.list(keys, record.person)).items : [];
    const stored = new Map(listed.map(({ value }) => [value.attributeId, value]));
    return record.card.map((card) => {
      const current = stored.get(card.id);
      return {
        attributeId: card.id,
        card: card.value,
        stored: current?.value ?? null,
        storedSource: current === undefined ? null : current.source === 'eid' ? 'eid' : 'user',
        needsReview: card.needsReview,
      };
    });
  }

  async function view(record: FlowRecord, keys: VaultKeys | null): Promise<EidView> {
    // The citizen's card values go to the window as differences, never as the helper's raw answer.
    const step = record.step?.state === 'done' && record.step.ok ? { ...record.step, selfInfo: null, refreshUrl: '' } : record.step;
    return {
      purpose: record.purpose,
      portalName: record.portalName,
      origin: record.origin,
      step,
      problem: record.problem,
      differences: await differences(keys, record),
      completed: record.completed,
    };
  }

  /** "Kind: Mia" for the log of a household member's card read. */
  async function personNames(keys: VaultKeys, personId: string): Promise<string[]> {
    const person = (await deps.stores.persons.list(keys)).find((p) => p.personId === personId);
    if (!person) return [];
    const given = (await deps.stores.attributes.list(keys, personId)).items.find((i) => i.value.attributeId === 'givenNames')?.value.value;
    return [personLogName(person.role, given)];
  }

  async function audit(
    keys: VaultKeys | null,
    record: FlowRecord,
    outcome: 'disclosed' | 'cancelled' | 'failed',
    attributeIds: AttributeId[],
  ): Promise<void> {
    // The log is of disclosures; a PIN change sends nothing anywhere but to the card.
    if (!keys || record.purpose === 'changePin') return;
    const kind = record.purpose === 'wallet' ? 'eid-read' : 'eid';
    const persons = record.person === SELF ? [] : await personNames(keys, record.person);
    await deps.stores.audit.append(keys, {
      time: deps.now(),
      portalId: record.portalId,
      origin: record.origin,
      attributeIds,
      kind,
      outcome,
      ...(persons.length > 0 ? { persons } : {}),
    });
  }

  /** Applies a step from the helper: remember what it shows, and act on the end of the flow. */
  async function land(record: FlowRecord, step: EidStep, keys: VaultKeys | null): Promise<void> {
    record.step = step;
    if (step.state === 'consent') record.subjectOrigin = httpsOriginOf(step.certificate.subjectUrl);
    if (step.state === 'consent') record.rights = attributesOfRights(step.effective);
    if (step.state !== 'done' || record.completed) return;
    if (!step.ok) {
      await audit(keys, record, step.failure === 'CANCELLED' ? 'cancelled' : 'failed', []);
      return;
    }
    if (record.purpose === 'wallet') {
      record.card = step.selfInfo ? cardValuesFromSelfInfo(step.selfInfo) : [];
      return;
    }
    // A PIN change has nothing more to do: its window shows the result until the citizen closes it.
    if (record.purpose === 'changePin') return;
    const target = httpsOriginOf(step.refreshUrl);
    const allowed = target !== null && (record.allowedOrigins.includes(target) || target === record.subjectOrigin);
    const tabUrl = record.tabId === null ? null : await deps.tabs.url(record.tabId);
    const tabOrigin = tabUrl ? httpsOriginOf(tabUrl) : null;
    const tabStillOnPortal = tabOrigin !== null && deps.registry.byOrigin(tabOrigin)?.id === record.portalId;
    if (!allowed || !tabStillOnPortal || record.tabId === null) {
      record.step = {
        state: 'done',
        ok: false,
        failure: 'REFRESH_NOT_ALLOWED',
        message: allowed ? 'the tab has left the portal' : 'refresh address not on an eID origin of this portal',
        refreshUrl: null,
      };
      await audit(keys, record, 'failed', []);
      return;
    }
    await deps.tabs.navigate(record.tabId, step.refreshUrl);
    record.completed = true;
    await audit(keys, record, 'disclosed', record.rights);
  }

  async function startFlow(record: FlowRecord, keys: VaultKeys | null): Promise<void> {
    // One flow at a time (AusweisApp allows one client): a flow whose window the citizen left behind
    // would block every new one until its timeout, so it is cancelled first.
    for (const other of flows.values()) {
      if (other === record || other.flowId === null || other.step?.state === 'done') continue;
      await deps.helper.request('eid.act', { flowId: other.flowId, action: { type: 'cancel' } }, { timeoutMs: 10_000 });
      other.step = { state: 'done', ok: false, failure: 'CANCELLED', message: 'replaced by a newer request', refreshUrl: null };
    }
    const started =
      record.purpose === 'changePin'
        ? await deps.helper.request('eid.changePin', {}, { timeoutMs: 70_000 })
        : await deps.helper.request(
            'eid.start',
            { tcTokenURL: record.tcTokenURL, allowedOrigins: [...record.allowedOrigins], purpose: record.purpose },
            { timeoutMs: 70_000 },
          );
    if (!started.ok) {
      record.problem = asProblem(started.error.code);
      return;
    }
    record.flowId = started.value.flowId;
    await land(record, started.value.step, keys);
  }

  return {
    /**
     * A trusted click on a registered portal's eID-Client link. The helper is pinged first: without
     * it the click is handed back, and the page's own activation reaches AusweisApp as before.
     */
    async activate(sender: { tabId: number; origin: string }, activation: string): Promise<Result<{ handled: boolean }>> {
      const portal: Portal | undefined = deps.registry.byOrigin(sender.origin);
      if (!portal) return fail('ORIGIN_NOT_ALLOWED', 'not a connected portal');
      const tcTokenURL = tcTokenUrlOf(activation);
      if (tcTokenURL === null) return ok({ handled: false });
      const ping = await deps.helper.request('helper.ping', {}, { timeoutMs: 3000 });
      if (!ping.ok) return ok({ handled: false });
      const tokenOrigin = httpsOriginOf(tcTokenURL);
      // A tcTokenURL that is not https or not this portal's is refused in our window, with nothing started.
      const problem = tokenOrigin === null || !portal.eidOrigins.includes(tokenOrigin) ? 'EID_NOT_ALLOWED' : null;
      const record = newRecord(
        {
          purpose: 'signin',
          portalId: portal.id,
          portalName: portal.name,
          origin: sender.origin,
          tabId: sender.tabId,
          tcTokenURL,
          allowedOrigins: portal.eidOrigins,
        },
        problem,
      );
      put(record);
      await deps.openWindow(record.ref);
      return ok({ handled: true });
    },

    /**
     * "Daten aus dem Ausweis übernehmen": a wallet read from the configured attribute provider, of the
     * citizen's card or, with `person`, of that household member's (the values stay bound to them).
     */
    async readCard(person: string = SELF): Promise<Result<{ ref: string }>> {
      const tcTokenURL = await deps.walletProvider();
      const origin = httpsOriginOf(tcTokenURL);
      const record = newRecord(
        {
          purpose: 'wallet',
          portalId: WALLET_AUDIT_ID,
          portalName: origin ? new URL(origin).hostname : '',
          origin: origin ?? '',
          tabId: null,
          tcTokenURL,
          allowedOrigins: origin ? [origin] : [],
          person,
        },
        origin === null ? 'EID_NOT_ALLOWED' : null,
      );
      put(record);
      await deps.openWindow(record.ref);
      return ok({ ref: record.ref });
    },

    /**
     * "PIN ändern" (popup, or a sign-in's PIN step for a citizen who still has the Transport-PIN): a
     * PIN change in its own window. It replaces any flow still running (one AusweisApp client at a time).
     */
    async changePin(): Promise<Result<{ ref: string }>> {
      const record = newRecord(
        { purpose: 'changePin', portalId: CHANGE_PIN_ID, portalName: '', origin: '', tabId: null, tcTokenURL: '', allowedOrigins: [] },
        null,
      );
      put(record);
      await deps.openWindow(record.ref);
      return ok({ ref: record.ref });
    },

    /** What the window shows; the first call starts the flow in the helper. */
    async view(ref: string, keys: VaultKeys | null): Promise<Result<EidView>> {
      const record = get(ref);
      if (!record) return fail('NOT_FOUND', 'this eID request has expired');
      if (record.flowId === null && record.problem === null) await startFlow(record, keys);
      return ok(await view(record, keys));
    },

    async act(ref: string, action: EidAction, keys: VaultKeys | null): Promise<Result<EidView>> {
      const record = get(ref);
      if (!record) return fail('NOT_FOUND', 'this eID request has expired');
      if (record.flowId === null) return fail('EID_WRONG_STATE', 'the flow has not started');
      const timeoutMs = (action.type === 'wait' ? action.waitMs : 60_000) + 10_000;
      const result = await deps.helper.request('eid.act', { flowId: record.flowId, action }, { timeoutMs });
      if (!result.ok) {
        if (result.error.code === 'EID_WRONG_STATE' || result.error.code === 'INVALID_VALUE') return result;
        record.problem = asProblem(result.error.code);
        return ok(await view(record, keys));
      }
      await land(record, result.value, keys);
      return ok(await view(record, keys));
    },

    /** Starts the same request again (after the Simulator race, a busy AusweisApp, a network error). */
    async retry(ref: string, keys: VaultKeys | null): Promise<Result<EidView>> {
      const record = get(ref);
      if (!record) return fail('NOT_FOUND', 'this eID request has expired');
      if (record.completed || record.problem === 'EID_NOT_ALLOWED') return fail('EID_WRONG_STATE', 'nothing to retry');
      if (record.step?.state !== 'done' && record.problem === null) return fail('EID_WRONG_STATE', 'the flow is still running');
      Object.assign(record, { flowId: null, step: null, problem: null, card: [] });
      await startFlow(record, keys);
      return ok(await view(record, keys));
    },

    /** The citizen confirmed the card values to keep: stored as trust high, source eid, and audited. */
    async store(keys: VaultKeys, ref: string, accept: readonly AttributeId[]): Promise<Result<EidView>> {
      const record = get(ref);
      if (!record || record.purpose !== 'wallet') return fail('NOT_FOUND', 'this eID request has expired');
      if (record.completed || record.card.length === 0) return fail('EID_WRONG_STATE', 'nothing to store');
      const wanted = new Set(accept);
      const values = record.card.filter((card) => wanted.has(card.id));
      // The person may have been removed while the card was read: their values then go nowhere.
      if (record.person !== SELF && !(await deps.stores.persons.list(keys)).some((p) => p.personId === record.person))
        return fail('NOT_FOUND', 'this person is no longer in the vault');
      if (values.length > 0) {
        const stored = await deps.stores.attributes.storeCardValues(keys, values, record.origin, deps.now(), record.person);
        if (!stored.ok) return stored;
      }
      record.completed = true;
      await audit(
        keys,
        record,
        values.length > 0 ? 'disclosed' : 'cancelled',
        values.map((v) => v.id),
      );
      const shown = await view(record, keys);
      record.card = [];
      return ok(shown);
    },
  };
}

export type EidFlows = ReturnType<typeof createEidFlows>;
