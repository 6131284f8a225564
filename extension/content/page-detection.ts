import type { FieldOverride } from '../../shared/domain/portal.ts';
import type { PageDetected } from '../../shared/protocol/content-protocol.ts';
import { classifyPage } from './classify/classify-page.ts';
import { fillKind, fillSlot } from './classify/fill-kind.ts';
import { collectPage, collectPageNow } from './collect/collect-page.ts';
import { yieldToEventLoop } from './collect/yield-to-event-loop.ts';
import type { SeenFields } from './fill/seen-fields.ts';
import { visibleNow } from './fill/shown-fields.ts';

/** Most nodes the gesture-time look at a changed page reads (it runs inside the citizen's input event). */
const GESTURE_COLLECT_MAX_NODES = 20_000;

/**
 * What this page is, kept current: collects and classifies the page (in slices, collect-page.ts),
 * records which classified fields are visible now (what the citizen can see before any later gesture,
 * fill/seen-fields.ts) and reports what changed — page kind and field kinds, never a value. One run at
 * a time: a change during a run starts exactly one more run after it.
 */
export function createPageDetection(deps: {
  doc: Document;
  signal: AbortSignal;
  overrides: readonly FieldOverride[];
  now: () => number;
  seen: SeenFields;
  own: (element: Element) => boolean;
  /** Told the fields a fill may write (a child's as well as the citizen's) after each classification. */
  onClassified: (fields: readonly Element[], kind: PageDetected['kind']) => void;
  /** Told only when the report differs from the last one. */
  report: (report: PageDetected) => void;
}) {
  const { doc, signal } = deps;
  /** The classified fields of the last classification, and the page's change count it was made at. */
  let classifiedFields: readonly Element[] = [];
  let classifiedAt = -1;
  let pageChanges = 0;
  let lastReport = '';
  let detecting = false;
  let detectAgain = false;

  const fillable = (fields: ReturnType<typeof classifyPage>['fields'], elements: readonly (Element | undefined)[]): Element[] =>
    fields.flatMap((f) => (fillSlot(f) && elements[f.index] ? [elements[f.index] as Element] : []));

  async function detect(): Promise<void> {
    if (detecting) {
      detectAgain = true;
      return;
    }
    detecting = true;
    try {
      do {
        detectAgain = false;
        const changesAtStart = pageChanges;
        const { snapshot, elements } = await collectPage(doc, { signal });
        if (signal.aborted) return;
        const result = classifyPage(snapshot, { overrides: deps.overrides });
        // Every field a fill may write, a child's as well as the citizen's: each must be seen before the gesture.
        const classified = fillable(result.fields, elements);
        // The record is its own task: classification of a long page and the proof together would be one long task.
        await yieldToEventLoop();
        if (signal.aborted) return;
        deps.seen.record(deps.now(), visibleNow(doc, classified, deps.own, { record: true }));
        classifiedFields = classified;
        classifiedAt = changesAtStart;
        deps.onClassified(classified, result.kind);
        const kinds = [
          ...new Set(
            result.fields.flatMap((f) => {
              const kind = fillKind(f);
              return kind ? [kind] : [];
            }),
          ),
        ].sort();
        const report = { kind: result.kind, kinds, eidLinks: Math.min(snapshot.eidLinks, 99) };
        const key = JSON.stringify(report);
        if (key === lastReport) continue;
        lastReport = key;
        deps.report(report);
      } while (detectAgain && !signal.aborted);
    } finally {
      detecting = false;
    }
  }

  return {
    detect,
    /** Counts the page's changes, so a gesture knows whether the last classification still describes it. */
    watchChanges(): void {
      new MutationObserver(() => {
        pageChanges++;
      }).observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    /**
     * A gesture began: record what is visible of the classified fields before any page listener can
     * move something into view. A page that changed since its last classification (the observer may be
     * debouncing, or have given up on a page that never stops changing) is read again first,
     * synchronously and bounded.
     */
    recordAtGesture(at: number): void {
      if (!doc.documentElement) return;
      if (classifiedAt !== pageChanges) {
        const { snapshot, elements } = collectPageNow(doc, { maxNodes: GESTURE_COLLECT_MAX_NODES });
        classifiedFields = fillable(classifyPage(snapshot, { overrides: deps.overrides }).fields, elements);
        classifiedAt = pageChanges;
      }
      if (classifiedFields.length > 0) deps.seen.record(at, visibleNow(doc, classifiedFields, deps.own, { record: true }));
    },
  };
}
