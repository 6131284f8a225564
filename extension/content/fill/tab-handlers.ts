import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { TabProtocol } from '../../../shared/protocol/tab-protocol.ts';
import { MAX_FILL_FIELDS } from '../../../shared/protocol/tab-protocol.ts';
import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldOverride } from '../../../shared/domain/portal.ts';
import { classifyPage } from '../classify/classify-page.ts';
import { collectPage } from '../collect/collect-page.ts';
import { applyFill, type FillOutcome } from './apply-fill.ts';
import { effectiveTarget, isSafeTarget } from './form-target.ts';
import { isFillable } from './is-fillable.ts';
import { guardSubmission } from './guard-submission.ts';
import { findSignInRoutes } from './find-sign-in-routes.ts';

/**
 * The content script's side of a fill: preview what the page has, and write what the background
 * decided. Both collect and classify afresh: the page may have changed since it was reported.
 */
export function tabHandlers(deps: {
  doc: Document;
  overrides: readonly FieldOverride[];
  signal: AbortSignal;
  /** Removes our own hint first, so it cannot count as a cover over a field. */
  beforeFill: () => void;
}): HandlerMap<TabProtocol, undefined> {
  const { doc } = deps;
  const classify = async () => {
    const collected = await collectPage(doc, { signal: deps.signal });
    return { ...collected, result: classifyPage(collected.snapshot, { overrides: deps.overrides }) };
  };
  return {
    'fill.preview': async () => {
      const { snapshot, elements, result } = await classify();
      const fields = result.fields.flatMap((f) => {
        const element = elements[f.index];
        return f.kind && element ? [{ index: f.index, kind: f.kind, label: (snapshot.fields[f.index]?.label ?? '').slice(0, 120), visible: isFillable(element) }] : [];
      }).slice(0, MAX_FILL_FIELDS);
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
      if (doc.location.origin !== request.origin || window.top !== window) return fail('ORIGIN_NOT_ALLOWED', 'the page is no longer the one the fill was decided for');
      if (doc.location.href.replace(/#.*$/s, '') !== request.url) return fail('PAGE_CHANGED', 'the page navigated after the fill was decided');
      deps.beforeFill();
      const { snapshot, elements, result } = await classify();
      // Forms that submit elsewhere or over http get nothing (docs/SECURITY.md §3.4).
      const unsafe = new Set(result.fields.filter((f) => f.kind && !isSafeTarget(effectiveTarget(elements[f.index]?.form ?? null), doc.location.origin)).map((f) => f.index));
      const outcomes: FillOutcome[] = applyFill({
        elements,
        fields: snapshot.fields,
        classified: result.fields.map((f) => (unsafe.has(f.index) ? { ...f, kind: null } : f)),
        values: { attributes: request.attributes, credential: request.credential, countries: request.countries },
        kinds: new Set<FieldKind>(request.kinds),
      });
      for (const index of unsafe) {
        const kind = result.fields[index]?.kind;
        if (kind && request.kinds.includes(kind)) outcomes.push({ index, kind, outcome: 'rejected', reason: 'not-accepted' });
      }
      const filled = outcomes.filter((o) => o.outcome === 'filled').map((o) => elements[o.index]).filter((e) => e !== undefined);
      guardSubmission({ doc, elements: filled, signal: deps.signal });
      let submitted = false;
      if (request.submit) {
        const form = filled.find((e) => e.type === 'password')?.form ?? filled[0]?.form;
        if (form && isSafeTarget(effectiveTarget(form), doc.location.origin)) {
          form.requestSubmit();
          submitted = true;
        }
      }
      return ok({ outcomes: outcomes.slice(0, MAX_FILL_FIELDS).map((o) => ({ index: o.index, kind: o.kind, outcome: o.outcome, ...('reason' in o ? { reason: o.reason } : {}) })), submitted });
    },
  };
}
