import { classifyPage } from '../extension/content/classify/classify-page.ts';
import { fillKind } from '../extension/content/classify/fill-kind.ts';
import { collectPage } from '../extension/content/collect/collect-page.ts';
import { observeForms } from '../extension/content/collect/observe-forms.ts';
import { applyFill } from '../extension/content/fill/apply-fill.ts';
import { trackFieldHistory, type FieldHistory } from '../extension/content/fill/field-history.ts';
import { visibleNow } from '../extension/content/fill/shown-fields.ts';
import { proveVisible } from '../extension/content/visibility/prove-visible.ts';
import type { FillValues } from '../extension/content/fill/fill-values.ts';
import type { FieldKind } from '../shared/vocabulary/attribute-ids.ts';
import { countryFormsFor } from '../shared/vocabulary/country-forms.ts';

/**
 * The extension's collect and classify code as one script for the classify CLI and the benchmarks
 * (evaluated into a page by DevTools, so page CSP does not apply). Returns plain data only.
 */
export async function run() {
  const started = performance.now();
  const { snapshot, stats } = await collectPage(document);
  const collected = performance.now();
  const result = classifyPage(snapshot);
  return { snapshot, result, stats, ms: { collect: collected - started, classify: performance.now() - collected } };
}

/** The same as `run`, returning only counts and timings: the bench's own result transfer stays small. */
export async function runSummary() {
  const { snapshot, stats, ms } = await run();
  return { fields: snapshot.fields.length, truncated: snapshot.truncated, stats, ms: { ...ms, record: await recordMs() } };
}

/** How long the record of what is visible takes (the content script makes one after each classification, as its own task). */
async function recordMs(): Promise<number> {
  const { snapshot, elements } = await collectPage(document);
  const result = classifyPage(snapshot);
  const classified = result.fields.flatMap((f) => (fillKind(f) && elements[f.index] ? [elements[f.index] as Element] : []));
  const started = performance.now();
  visibleNow(document, classified, () => false, { record: true });
  return performance.now() - started;
}

/**
 * Classifies, then fills the given kinds (all classified kinds when none are named) from the values.
 * The country forms are added here as the background adds them to a fill.
 */
export async function fill(values: FillValues, kinds?: readonly FieldKind[]) {
  const { snapshot, elements } = await collectPage(document);
  const result = classifyPage(snapshot);
  const wanted = new Set<FieldKind>(
    kinds ??
      result.fields.flatMap((f) => {
        const kind = fillKind(f);
        return kind ? [kind] : [];
      }),
  );
  const started = performance.now();
  // The visibility proof is part of every fill, so it is part of the time.
  const shown = visibleNow(
    document,
    result.fields.flatMap((f) => (fillKind(f) && elements[f.index] ? [elements[f.index] as Element] : [])),
    () => false,
  );
  // The bundle is evaluated afresh for each call: the page's field history lives on the window, as it
  // lives in the content script for the page's life.
  const holder = window as unknown as { __amtspassFieldHistory?: FieldHistory };
  holder.__amtspassFieldHistory ??= trackFieldHistory(document);
  const outcomes = applyFill({
    elements,
    fields: snapshot.fields,
    classified: result.fields,
    values: { ...values, countries: countryFormsFor(values.attributes) },
    kinds: wanted,
    shown,
    history: holder.__amtspassFieldHistory,
  });
  return { page: result.kind, outcomes, names: snapshot.fields.map((f) => f.name || `#${f.id}`), ms: performance.now() - started };
}

/**
 * Observes the page until the circuit breaker gives up (or `maxMs` pass) and reports when it would
 * have classified again (page clock, ms), for the bounds test.
 */
export function watch(maxMs: number): Promise<{ runs: number[]; gaveUp: boolean }> {
  const controller = new AbortController();
  const runs: number[] = [];
  return new Promise((resolve) => {
    const done = (gaveUp: boolean) => {
      clearTimeout(cap);
      controller.abort();
      resolve({ runs, gaveUp });
    };
    const cap = setTimeout(() => done(false), maxMs);
    observeForms(document, {
      signal: controller.signal,
      onChange: () => {
        runs.push(performance.now());
        void run();
      },
      onGiveUp: () => done(true),
    });
  });
}

/**
 * The visibility proof for every classified field (docs/SECURITY.md §3.1.5), keyed by name or id.
 * `inView`: each field is scrolled to the middle of the viewport first and proven alone, so the
 * hit-test path is taken for every field (otherwise fields below the fold take the geometric one).
 */
export async function prove(options: { inView?: boolean } = {}) {
  const { snapshot, elements } = await collectPage(document);
  const result = classifyPage(snapshot);
  const classified = result.fields.flatMap((f) =>
    f.kind && elements[f.index]
      ? [
          {
            element: elements[f.index] as Element,
            name: snapshot.fields[f.index]?.name || `#${snapshot.fields[f.index]?.id ?? ''}`,
            kind: f.kind,
          },
        ]
      : [],
  );
  const verdicts = options.inView
    ? classified.map((c) => {
        c.element.scrollIntoView({ block: 'center', inline: 'nearest' });
        return proveVisible(document, [c.element])[0];
      })
    : proveVisible(
        document,
        classified.map((c) => c.element),
      );
  return classified.map((c, i) => {
    const verdict = verdicts[i];
    return { name: c.name, kind: c.kind, visible: verdict?.visible === true, reason: verdict && !verdict.visible ? verdict.reason : null };
  });
}
