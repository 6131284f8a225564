import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { TabProtocol } from '../../../shared/protocol/tab-protocol.ts';
import { MAX_FILL_FIELDS, MAX_PREFILL_CHARS } from '../../../shared/protocol/tab-protocol.ts';
import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldOverride } from '../../../shared/domain/portal.ts';
import { classifyPage } from '../classify/classify-page.ts';
import { fillSlot } from '../classify/fill-kind.ts';
import { collectPage } from '../collect/collect-page.ts';
import { dom } from '../collect/dom-reads.ts';
import { applyFill, type FillOutcome, type SectionedOutcome } from './apply-fill.ts';
import { sectionId } from '../../../shared/domain/section-id.ts';
import { holdsOurValue } from '../../../shared/protocol/holds-our-value.ts';
import { prefillOf, type FieldHistory } from './field-history.ts';
import { credentialPlan } from './credential-plan.ts';
import { defaultSubmitter, effectiveMethod, effectiveTarget, isSafeTarget } from './form-target.ts';
import { findSignInRoutes } from './find-sign-in-routes.ts';
import { shownFields } from './shown-fields.ts';
import { checkAfterWrite, pagePosition } from './check-after-write.ts';
import type { SubmissionGuard } from './submission-guard.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** How long a preview's classification may serve the write that follows it, if the page did not change. */
const MAX_REUSE_MS = 1_000;

/**
 * The content script's side of a fill: preview what the page has, and write what the background
 * decided. Both collect and classify afresh: the page may have changed since it was reported. What
 * counts as shown is what was proven visible before the citizen's gesture began and is still proven
 * visible now (shown-fields.ts); only fields of the top document ever are.
 */
export function tabHandlers(deps: {
  doc: Document;
  overrides: readonly FieldOverride[];
  signal: AbortSignal;
  /** Removes our own hint first, so it cannot count as a cover over a field. */
  beforeFill: () => void;
  /**
   * Fields proven visible in the last record made before the gesture that led to a request now; null
   * when there is no such record; undefined when no gesture preceded the request (then what is visible
   * now counts).
   */
  seenBeforeGesture: () => WeakSet<Element> | null | undefined;
  /** Our own elements (the hint), which never count as covering a field. */
  own: (element: Element) => boolean;
  guard: SubmissionGuard;
  /** Who put the values already in the fields: the portal's prefill is left alone. */
  history: FieldHistory;
  /** Told after a form fill (not a sign-in) what was written, for the feedback on the page. */
  onFilled?: (result: { written: readonly Element[]; outcomes: readonly FillOutcome[] }) => void;
}): HandlerMap<TabProtocol, undefined> {
  const { doc } = deps;
  // The background asks for a preview and then, a moment later, for the write. When nothing in the
  // page changed in between (no DOM mutation, under a second) the write uses the preview's collection,
  // classification and proof: one of each per fill. Whatever changes stays covered: fields revealed
  // later were not seen before the gesture, and every written field is proven again after the write.
  let mutations = 0;
  // Our own hint coming and going is no change of the page.
  const pageChanges = (records: MutationRecord[]): number =>
    records.filter(
      (r) =>
        !(r.target instanceof Element && deps.own(r.target)) &&
        !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n instanceof Element && deps.own(n))),
    ).length;
  const watcher = new MutationObserver((records) => {
    mutations += pageChanges(records);
  });
  watcher.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  deps.signal.addEventListener('abort', () => watcher.disconnect(), { once: true });
  let cached: { at: number; mutations: number; value: Awaited<ReturnType<typeof classifyAfresh>> } | null = null;
  const classify = async (options: { reuse?: boolean } = {}) => {
    mutations += pageChanges(watcher.takeRecords());
    if (options.reuse && cached && cached.mutations === mutations && performance.now() - cached.at < MAX_REUSE_MS) return cached.value;
    const value = await classifyAfresh();
    mutations += pageChanges(watcher.takeRecords());
    cached = { at: performance.now(), mutations, value };
    return value;
  };
  const classifyAfresh = async () => {
    const collected = await collectPage(doc, { signal: deps.signal });
    const result = classifyPage(collected.snapshot, { overrides: deps.overrides });
    // The citizen's fields and other persons' (filled only with the person chosen for their section).
    const classified = result.fields.flatMap((f) => {
      const element = collected.elements[f.index];
      const slot = fillSlot(f);
      return slot && element ? [{ index: f.index, ...slot, element }] : [];
    });
    const shown = shownFields(
      doc,
      classified.map((f) => f.element),
      deps.seenBeforeGesture(),
      deps.own,
    );
    return { ...collected, result, classified, shown };
  };
  return {
    'fill.preview': async () => {
      const { snapshot, elements, result, classified, shown } = await classify();
      const fields = classified
        .map((f) => ({
          index: f.index,
          kind: f.kind,
          label: (snapshot.fields[f.index]?.label ?? '').slice(0, 120),
          visible: shown.has(f.element),
          // Passwords are never read back out of a page.
          prefill: f.kind === 'password' ? null : prefillOf(f.element, deps.history, MAX_PREFILL_CHARS),
          subject: f.subject,
          group: Math.min(f.group, 99),
        }))
        .slice(0, MAX_FILL_FIELDS);
      const targets = [...new Set(fields.map((f) => effectiveTarget(elements[f.index]?.form ?? null) ?? doc.location.href))].slice(0, 20);
      const routes = result.kind === 'login' ? findSignInRoutes(doc).map(({ kind, name, target }, id) => ({ id, kind, name, target })) : [];
      return ok({ page: result.kind, fields, targets, routes });
    },
    'signin.follow': async ({ id, target }) => {
      const route = findSignInRoutes(doc)[id];
      // The page may have changed since the preview: follow only what the background decided on.
      if (!route || route.target !== target) return ok({ followed: false });
      route.follow();
      return ok({ followed: true });
    },
    'fill.apply': async (request) => {
      if (doc.location.origin !== request.origin || window.top !== window)
        return fail('ORIGIN_NOT_ALLOWED', 'the page is no longer the one the fill was decided for');
      if (doc.location.href.replace(/#.*$/s, '') !== request.url)
        return fail('PAGE_CHANGED', 'the page navigated after the fill was decided');
      deps.beforeFill();
      const { snapshot, elements, result, classified, shown } = await classify({ reuse: true });
      // Forms that submit elsewhere or over http get nothing (docs/SECURITY.md §3.5).
      const unsafe = new Set(
        classified.filter((f) => !isSafeTarget(effectiveTarget(f.element.form), doc.location.origin)).map((f) => f.index),
      );
      // A credential goes only into the one login form's password and username inputs (credential-plan.ts).
      const credential = request.credential
        ? credentialPlan(
            classified.filter((f) => f.subject === 'self'),
            shown,
          )
        : null;
      const notForCredential = (index: number, kind: FieldKind): boolean =>
        (kind === 'username' || kind === 'password') && (!credential || !credential.allowed.has(index));
      const before = new Map(classified.filter((f) => shown.has(f.element)).map((f) => [f.element, pagePosition(f.element)]));
      const outcomes: SectionedOutcome[] = applyFill({
        elements,
        fields: snapshot.fields,
        classified: result.fields.map((f) => {
          const slot = fillSlot(f);
          return slot && !unsafe.has(f.index) && !notForCredential(f.index, slot.kind) ? f : { ...f, kind: null };
        }),
        values: { attributes: request.attributes, credential: request.credential, countries: request.countries },
        kinds: new Set<FieldKind>(request.kinds),
        shown,
        history: deps.history,
        replace: new Set<FieldKind>(request.replace ?? []),
        ...(request.sections
          ? {
              sections: new Map(
                request.sections.map((s) => [
                  sectionId(s),
                  {
                    values: { attributes: s.attributes, countries: request.countries },
                    kinds: new Set<FieldKind>(s.kinds),
                  },
                ]),
              ),
            }
          : {}),
      });
      for (const { index, kind, subject } of classified) {
        if (subject !== 'self' || !request.kinds.includes(kind)) continue;
        if (credential?.refusedGet.has(index)) outcomes.push({ index, kind, outcome: 'rejected', reason: 'unsafe-method' });
        else if (unsafe.has(index)) outcomes.push({ index, kind, outcome: 'rejected', reason: 'not-accepted' });
      }
      // Checked again right after the write: a field the page hid or moved on its input event is cleared.
      const checked = checkAfterWrite(doc, outcomes, elements, deps.own, before);
      const written = checked.flatMap((o) =>
        o.outcome === 'filled' && elements[o.index] ? [{ element: elements[o.index] as Control, kind: o.kind }] : [],
      );
      // Fields holding our value now: written by this fill, or already ours (holds-our-value.ts).
      const filled = checked.flatMap((o) => (holdsOurValue(o) && elements[o.index] ? [elements[o.index] as Control] : []));
      deps.guard.track(
        written.map(({ element, kind }) => ({
          element,
          kind,
          password: element instanceof HTMLInputElement && element.type === 'password',
        })),
      );
      let submitted = false;
      const form = credential?.form ?? null;
      // Submitted as Enter would submit it (its default button), and only over POST to this origin.
      const submitter = form ? defaultSubmitter(form) : null;
      // A certificate-file login whose file the citizen has not chosen yet is left for the citizen to send.
      const waitsForFile = form !== null && dom.emptyFileInputs(form) > 0;
      if (
        request.submit &&
        form &&
        !waitsForFile &&
        filled.some((e) => e.form === form) &&
        isSafeTarget(effectiveTarget(form, submitter), doc.location.origin) &&
        effectiveMethod(form, submitter) === 'post'
      ) {
        dom.requestSubmit(form, submitter);
        submitted = true;
      }
      // The feedback is a courtesy: whatever goes wrong showing it, the fill's answer goes back.
      if (!request.credential) {
        try {
          deps.onFilled?.({ written: written.map((w) => w.element), outcomes: checked });
        } catch {
          // Nothing shown; the popup and the log still say what was filled.
        }
      }
      // Whose each outcome was: the background logs and counts another person's separately.
      const sections = new Map(outcomes.flatMap((o) => (o.section ? [[o.index, o.section] as const] : [])));
      const reported = checked.slice(0, MAX_FILL_FIELDS).map((o) => {
        const section = sections.get(o.index);
        return {
          index: o.index,
          kind: o.kind,
          outcome: o.outcome,
          ...('reason' in o ? { reason: o.reason } : {}),
          ...(section ? { section } : {}),
        };
      });
      return ok({
        outcomes: reported,
        submitted,
        ...(request.submit && waitsForFile && filled.some((e) => e.form === form) ? { waitingFor: 'file' as const } : {}),
      });
    },
  };
}
