import { newRequestId } from '../../../shared/protocol/new-request-id.ts';
import { fail, ok, type Result } from '../../../shared/protocol/result.ts';
import type { AttributeId, FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import { countryFormsFor, type CountryForms } from '../../../shared/vocabulary/country-forms.ts';
import type { PendingFillStore } from './pending-fill-store.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { FillStatus } from '../../../shared/protocol/fill-messages.ts';
import { attributesForKinds } from './attributes-for-kinds.ts';
import { valuesForFill } from './values-for-fill.ts';
import type { FillPreview } from '../../../shared/protocol/tab-protocol.ts';
import { askTab, type TabsApi } from './tab-link.ts';
import { decideFill } from './decide-fill.ts';
import { describePendingFill } from './describe-pending-fill.ts';
import { householdValues } from './household-values.ts';
import { resolveFillTarget, type FillTarget } from './resolve-fill-target.ts';
import { sectionsOf, sectionValues, type FormSection } from './plan-sections.ts';
import { sectionId } from '../../../shared/domain/section-id.ts';
import type { Person } from '../../../shared/domain/person.ts';
import { personLogName } from '../../../shared/domain/person-log-name.ts';
import type { StoredAttribute } from '../../../shared/domain/attribute.ts';

/** What one fill did: written, left out, the portal's differing values kept, values already there. */
interface FillCounts {
  filled: number;
  skipped: number;
  kept: number;
  unchanged: number;
}

/**
 * Fill decisions, all in the background (docs/SECURITY.md §3.1): the tab is looked up again and its
 * https origin checked against the registry; only the top frame is asked; only visible fields of
 * kinds whose attributes are stored count; a first disclosure of any attribute to a portal goes
 * through the confirm window; every fill writes an audit entry naming attribute ids, never values.
 */
export function createFillService(deps: {
  registry: PortalRegistry;
  stores: VaultStores;
  tabs: TabsApi;
  pending: PendingFillStore;
  openConfirm: (pendingId: string) => Promise<void>;
  now: () => number;
}) {
  async function storedValues(keys: VaultKeys): Promise<Map<AttributeId, { value: string; trust: string }>> {
    const listed = await deps.stores.attributes.list(keys);
    return new Map(listed.items.map(({ value }) => [value.attributeId, { value: value.value, trust: value.trust }]));
  }

  /** One other person's section as it goes to the page: their values for it, and their name for the log. */
  interface SectionFill {
    subject: FormSection['subject'];
    group: number;
    attributes: Partial<Record<AttributeId, string>>;
    kinds: FieldKind[];
    logName: string;
  }

  /**
   * Sends the values for the kinds the page showed, and nothing else (values-for-fill.ts), and logs
   * what was written. Answers which of the citizen's attributes went into the page, so a remembered
   * consent covers those and no more. Other persons' sections get their chosen person's values
   * (always confirmed in the window: a consent remembered for the citizen covers no one else).
   */
  async function fillNow(
    keys: VaultKeys,
    tabId: number,
    target: FillTarget,
    plan: {
      kinds: readonly FieldKind[];
      approved: ReadonlySet<AttributeId>;
      /** The citizen's values when the caller has them already: decrypted once per fill. */
      decrypted?: Map<AttributeId, { value: string }>;
      replace?: readonly FieldKind[];
      sections?: readonly SectionFill[];
    },
  ): Promise<Result<FillCounts & { disclosed: AttributeId[] }>> {
    const stored = new Map([...(plan.decrypted ?? (await storedValues(keys)))].map(([id, { value }]) => [id, value]));
    const { kinds: allowedKinds, attributes } = valuesForFill(plan.kinds, plan.approved, stored);
    const sections = plan.sections ?? [];
    const countries: Record<string, CountryForms> = {};
    for (const values of [attributes, ...sections.map((section) => section.attributes)]) Object.assign(countries, countryFormsFor(values));
    const applied = await askTab(deps.tabs, tabId, 'fill.apply', {
      attributes,
      countries,
      kinds: allowedKinds,
      replace: (plan.replace ?? []).filter((k) => allowedKinds.includes(k)),
      origin: target.origin,
      url: target.url,
      submit: false,
      ...(sections.length > 0
        ? { sections: sections.map(({ subject, group, attributes: values, kinds }) => ({ subject, group, attributes: values, kinds })) }
        : {}),
    });
    const outcomes = applied.ok ? applied.value.outcomes : [];
    const inPage = (o: (typeof outcomes)[number]): boolean => o.outcome === 'filled' || o.outcome === 'withdrawn';
    const filledKinds = outcomes.filter((o) => o.outcome === 'filled').map((o) => o.kind);
    // The citizen's own written values: what a remembered consent may cover (another person's never).
    const disclosed = attributesForKinds(outcomes.filter((o) => o.outcome === 'filled' && o.section === undefined).map((o) => o.kind));
    // A value written and then withdrawn (the page hid the field on its input event) was in the page
    // for a moment: the log names it as disclosed, though the consent kept names only what stayed.
    const logged = attributesForKinds(outcomes.filter(inPage).map((o) => o.kind));
    const personsLogged = sections
      .filter((section) => outcomes.some((o) => inPage(o) && o.section === sectionId(section)))
      .map((section) => section.logName);
    await deps.stores.audit.append(keys, {
      time: deps.now(),
      portalId: target.portal.id,
      origin: target.origin,
      attributeIds: logged,
      kind: 'fill',
      outcome: logged.length > 0 ? 'disclosed' : 'denied',
      ...(personsLogged.length > 0 ? { persons: personsLogged } : {}),
    });
    if (!applied.ok) return applied;
    // The portal's own values stay (decide-prefill.ts): counted, so the citizen hears of them.
    const skippedFor = (reason: string): number => outcomes.filter((o) => o.outcome === 'skipped' && o.reason === reason).length;
    const kept = skippedFor('prefilled');
    const unchanged = skippedFor('unchanged');
    return ok({ filled: filledKinds.length, skipped: outcomes.length - filledKinds.length - kept - unchanged, kept, unchanged, disclosed });
  }
  const asStatus = (result: Result<FillCounts>): Result<FillStatus> =>
    result.ok
      ? ok({
          status: 'filled',
          filled: result.value.filled,
          skipped: result.value.skipped,
          kept: result.value.kept,
          unchanged: result.value.unchanged,
        })
      : result;

  /** Opens the confirm window for these fields; it shows values only once the vault is unlocked. */
  async function askInWindow(tabId: number, target: FillTarget, visible: FillPreview['fields']): Promise<Result<FillStatus>> {
    const pendingId = newRequestId();
    const own = visible.filter((f) => f.subject === 'self');
    const kinds = [...new Set(own.map((f) => f.kind))];
    const labels = Object.fromEntries(own.map((f) => [f.kind, f.label]));
    const prefills = Object.fromEntries(own.flatMap((f) => (f.prefill === null ? [] : [[f.kind, f.prefill]])));
    await deps.pending.put({
      id: pendingId,
      tabId,
      origin: target.origin,
      url: target.url,
      portalId: target.portal.id,
      kinds,
      labels,
      prefills,
      sections: sectionsOf(visible),
      createdAt: deps.now(),
    });
    await deps.openConfirm(pendingId);
    return ok({ status: 'needs-consent', pendingId });
  }

  /** The log names a person by role and first name only. */
  const logNameOf = (person: Person, values: ReadonlyMap<AttributeId, StoredAttribute> | undefined): string =>
    personLogName(person.role, values?.get('givenNames')?.value);

  return {
    /**
     * The citizen asked to fill this tab (popup button, keyboard command or the hint: gestures a page
     * cannot fake; activate-fill.ts). `keys` is null while the vault is locked: then the confirm window
     * asks for the passphrase first and shows what would be sent (the page's fields need no key to
     * find); with no form of a portal on the tab the answer is LOCKED, as every request that needs the
     * vault answers while it is locked. One preview of the page, one decryption of the values.
     */
    async request(keys: VaultKeys | null, tabId: number): Promise<Result<FillStatus>> {
      const resolved = await resolveFillTarget(deps.tabs, deps.registry, tabId);
      if (!resolved.ok) return keys ? resolved : fail('LOCKED', 'the vault is locked');
      const target = resolved.value;
      // The page's fields, the stored values and this origin's consent, asked for at the same time.
      const [preview, values, consent, persons] = await Promise.all([
        askTab(deps.tabs, tabId, 'fill.preview', {}),
        keys ? storedValues(keys) : null,
        keys ? deps.stores.consents.forOrigin(keys, target.origin) : ok(null),
        keys ? deps.stores.persons.list(keys) : [],
      ]);
      if (!preview.ok) return keys ? preview : fail('LOCKED', 'the vault is locked');
      const decision = decideFill({
        preview: preview.value,
        stored: values ? new Set(values.keys()) : null,
        consented: new Set(consent.ok ? (consent.value?.attributeIds ?? []) : []),
        hasPersons: persons.length > 0,
      });
      // An unreadable consent record stops a fill that would rely on it (or ask past it).
      if (!consent.ok && (decision.action === 'fill' || (decision.action === 'ask' && decision.reason === 'first-disclosure')))
        return consent;
      if (decision.action === 'nothing') return keys ? ok({ status: 'nothing-to-fill' }) : fail('LOCKED', 'the vault is locked');
      if (decision.action === 'ask' || !keys || !values)
        return askInWindow(tabId, target, decision.action === 'ask' ? decision.fields : []);
      return asStatus(await fillNow(keys, tabId, target, { kinds: decision.kinds, approved: decision.approved, decrypted: values }));
    },

    /** Which portal and origin a pending request is for; needs no key, so the window can say it while locked. */
    async target(pendingId: string): Promise<Result<{ portalName: string; origin: string }>> {
      const pending = await deps.pending.take(pendingId, { keep: true });
      if (!pending) return fail('NOT_FOUND', 'this request has expired');
      return ok({ portalName: (deps.registry.byId(pending.portalId)?.name ?? pending.portalId).slice(0, 80), origin: pending.origin });
    },

    /** What the confirm window shows (describe-pending-fill.ts). */
    describe: (keys: VaultKeys, pendingId: string) => describePendingFill(deps, keys, pendingId),

    /**
     * The citizen decided in the confirm window: fill the approved attributes and, only when asked to
     * remember, keep consent for those that were actually written into the page (nothing is kept for a
     * fill that did not happen). Each other person's section gets the person chosen for it, or nothing.
     */
    async decide(
      keys: VaultKeys,
      input: {
        pendingId: string;
        approve: readonly AttributeId[];
        remember: boolean;
        replace?: readonly AttributeId[] | undefined;
        sections?: readonly { section: string; personId: string | null }[] | undefined;
      },
    ): Promise<Result<FillStatus>> {
      const pending = await deps.pending.take(input.pendingId);
      if (!pending) return fail('NOT_FOUND', 'this request has expired');
      const approve = new Set(input.approve.filter((id) => attributesForKinds(pending.kinds).includes(id)));
      const target = await resolveFillTarget(deps.tabs, deps.registry, pending.tabId);
      // The tab must still show the page the citizen asked to fill: a page that navigated away while
      // the confirm window was open gets nothing, and the log says so.
      const moved =
        !target.ok || target.value.origin !== pending.origin
          ? fail('ORIGIN_NOT_ALLOWED', 'the tab has moved to another site')
          : target.value.url !== pending.url
            ? fail('PAGE_CHANGED', 'the tab shows another page than the one the citizen asked to fill')
            : null;
      if (moved || !target.ok) {
        await deps.stores.audit.append(keys, {
          time: deps.now(),
          portalId: pending.portalId,
          origin: pending.origin,
          attributeIds: [...approve],
          kind: 'fill',
          outcome: 'denied',
        });
        return moved ?? fail('ORIGIN_NOT_ALLOWED', 'the tab has moved to another site');
      }
      // Only sections the page showed, only persons the vault holds; the citizen's own id is no person here.
      const persons = await deps.stores.persons.list(keys);
      const household = await householdValues(deps.stores, keys);
      const sections: SectionFill[] = [];
      for (const choice of input.sections ?? []) {
        const section = pending.sections.find((s) => sectionId(s) === choice.section);
        const person = persons.find((p) => p.personId === choice.personId);
        if (!section || !person || sections.some((s) => sectionId(s) === choice.section)) continue;
        const values = household.get(person.personId);
        const planned = sectionValues(
          section,
          new Map([...(values ?? new Map<AttributeId, StoredAttribute>())].map(([id, a]) => [id, a.value])),
        );
        if (planned.kinds.length > 0)
          sections.push({ subject: section.subject, group: section.group, ...planned, logName: logNameOf(person, values) });
      }
      // The citizen's choice per section is proposed again on this form's next visit.
      const chosen = (input.sections ?? []).filter(
        (c) =>
          pending.sections.some((s) => sectionId(s) === c.section) &&
          (c.personId === null || persons.some((p) => p.personId === c.personId)),
      );
      if (chosen.length > 0)
        await deps.stores.sectionChoices.put(
          keys,
          pending.origin,
          new URL(pending.url).pathname,
          Object.fromEntries(chosen.map((c) => [c.section, c.personId])),
        );
      if (approve.size === 0 && sections.length === 0) {
        await deps.stores.audit.append(keys, {
          time: deps.now(),
          portalId: pending.portalId,
          origin: pending.origin,
          attributeIds: [],
          kind: 'fill',
          outcome: 'cancelled',
        });
        return ok({ status: 'nothing-to-fill' });
      }
      const consent = await deps.stores.consents.forOrigin(keys, pending.origin);
      const already = consent.ok ? (consent.value?.attributeIds ?? []) : [];
      // The portal's prefill is replaced only where the citizen ticked "ersetzen", and only by approved values.
      const replaceIds = new Set((input.replace ?? []).filter((id) => approve.has(id)));
      const replaceKinds = pending.kinds.filter((k) => attributesForKinds([k]).some((id) => replaceIds.has(id)));
      const own = household.get('self') ?? new Map<AttributeId, StoredAttribute>();
      const filled = await fillNow(keys, pending.tabId, target.value, {
        kinds: approve.size > 0 ? pending.kinds : [],
        approved: new Set([...approve, ...already]),
        decrypted: own,
        replace: replaceKinds,
        sections,
      });
      const remembered = filled.ok ? filled.value.disclosed.filter((id) => approve.has(id)) : [];
      if (input.remember && remembered.length > 0) {
        const granted = await deps.stores.consents.grant(keys, { portalId: pending.portalId, origin: pending.origin }, remembered);
        if (!granted.ok) return granted;
      }
      return asStatus(filled);
    },
  };
}

export type FillService = ReturnType<typeof createFillService>;
