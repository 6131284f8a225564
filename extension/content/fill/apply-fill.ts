import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FieldSnapshot } from '../collect/page-snapshot.ts';
import type { FieldClassification } from '../classify/field-result.ts';
import { fillSlot } from '../classify/fill-kind.ts';
import { sectionId } from '../../../shared/domain/section-id.ts';
import { chooseOption } from './choose-option.ts';
import type { FillValues, PlannedValue } from './fill-values.ts';
import { decidePrefill } from './decide-prefill.ts';
import type { FieldHistory } from './field-history.ts';
import { planFieldValue } from './plan-field-value.ts';
import { setNativeChecked, setNativeValue } from './set-native-value.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NONE: ReadonlySet<FieldKind> = new Set();

export type FillOutcome =
  | { index: number; kind: FieldKind; outcome: 'filled' }
  /** `prefilled`: the portal's own value stays; `unchanged`: it is already the value we would write. */
  /** `no-person`: another person's section for which the citizen chose nobody. */
  | {
      index: number;
      kind: FieldKind;
      outcome: 'skipped';
      reason: 'not-requested' | 'no-value' | 'partial-date' | 'hidden' | 'read-only' | 'detached' | 'prefilled' | 'unchanged' | 'no-person';
    }
  | {
      index: number;
      kind: FieldKind;
      outcome: 'rejected';
      reason: 'no-matching-option' | 'too-long' | 'unsupported' | 'not-accepted' | 'unsafe-method';
    }
  /** Written, then taken back: the field became invisible or moved right after the write. */
  | { index: number; kind: FieldKind; outcome: 'withdrawn'; reason: 'hidden-after-write' | 'moved-after-write' | 'type-changed' };

/** An outcome and, for another person's field, its section (`child|2`): whose value it was. */
export type SectionedOutcome = FillOutcome & { section?: string };

/**
 * Writes values into classified fields and reports each one. Only the kinds the caller asked for,
 * only fields that are still in the page, in `shown` (proven visible now and seen before the gesture,
 * decided by the caller), enabled and writable; a value longer than the
 * field allows is rejected, never cut; a select with no matching option is left alone. Radio groups
 * are filled once, at their first button.
 */
export function applyFill(options: {
  elements: readonly Control[];
  fields: readonly FieldSnapshot[];
  classified: readonly FieldClassification[];
  values: FillValues;
  kinds: ReadonlySet<FieldKind>;
  shown: ReadonlySet<Element>;
  /** Who put the values that are there already: the portal's own prefill is left alone (decide-prefill.ts). */
  history: FieldHistory;
  /** Kinds whose prefill the citizen chose to replace in the confirm window. */
  replace?: ReadonlySet<FieldKind>;
  /**
   * Other persons' sections (`child|2`): the values of the person the citizen chose for each. Absent:
   * a fill of the citizen's own data only, and other persons' fields are not spoken of.
   */
  sections?: ReadonlyMap<string, { values: FillValues; kinds: ReadonlySet<FieldKind> }>;
}): SectionedOutcome[] {
  const outcomes: SectionedOutcome[] = [];
  const doneGroups = new Set<string>();
  const sectionOf = new Map<number, string>();
  for (const entry of options.classified) {
    // Only what the fill may write, on this kind of page, and whose section it is (classify/fill-kind.ts).
    const slot = fillSlot(entry);
    const element = options.elements[entry.index];
    const field = options.fields[entry.index];
    if (!slot || !element || !field) continue;
    const kind = slot.kind;
    // The citizen's values go into the citizen's fields only; a section gets its own person's or none.
    const section = slot.subject === 'self' ? { values: options.values, kinds: options.kinds } : options.sections?.get(sectionId(slot));
    if (slot.subject !== 'self' && !options.sections) continue;
    if (slot.subject !== 'self') sectionOf.set(entry.index, sectionId(slot));
    const index = entry.index;
    if (field.type === 'radio') {
      const group = `${field.form}|${field.name}`;
      if (doneGroups.has(group)) continue;
      doneGroups.add(group);
    }
    if (!section) {
      outcomes.push({ index, kind, outcome: 'skipped', reason: 'no-person' });
      continue;
    }
    if (!section.kinds.has(kind)) {
      outcomes.push({ index, kind, outcome: 'skipped', reason: 'not-requested' });
      continue;
    }
    if (!element.isConnected) {
      outcomes.push({ index, kind, outcome: 'skipped', reason: 'detached' });
      continue;
    }
    if (element.disabled || ('readOnly' in element && element.readOnly)) {
      outcomes.push({ index, kind, outcome: 'skipped', reason: 'read-only' });
      continue;
    }
    if (!options.shown.has(element)) {
      outcomes.push({ index, kind, outcome: 'skipped', reason: 'hidden' });
      continue;
    }
    const planned = planFieldValue(kind, field, section.values);
    if (!planned.ok) {
      outcomes.push(
        planned.reason === 'unsupported'
          ? { index, kind, outcome: 'rejected', reason: 'unsupported' }
          : { index, kind, outcome: 'skipped', reason: planned.reason },
      );
      continue;
    }
    // "ersetzen" was ticked for the citizen's own fields; another person's prefill always stays.
    outcomes.push(write(element, field, planned.value, index, kind, slot.subject === 'self' ? options : { ...options, replace: NONE }));
  }
  return outcomes.map((o) => (sectionOf.has(o.index) ? { ...o, section: sectionOf.get(o.index) as string } : o));
}

function write(
  element: Control,
  field: FieldSnapshot,
  value: PlannedValue,
  index: number,
  kind: FieldKind,
  context: { elements: readonly Control[]; fields: readonly FieldSnapshot[]; history: FieldHistory; replace?: ReadonlySet<FieldKind> },
): FillOutcome {
  const replacing = context.replace?.has(kind) === true;
  if ('text' in value) {
    // Text never goes into a select, a checkbox or a radio button: it would become the value the form sends.
    if (element.tagName === 'SELECT' || isToggle(element)) return { index, kind, outcome: 'rejected', reason: 'unsupported' };
    const verdict = decidePrefill({
      current: element.value,
      planned: value.text,
      typedByCitizen: context.history.typedByCitizen(element),
      writtenByUs: context.history.writtenByUs(element),
    });
    if (verdict === 'unchanged' || (verdict === 'prefilled' && !replacing)) return { index, kind, outcome: 'skipped', reason: verdict };
    if (field.maxLength !== null && value.text.length > field.maxLength) return { index, kind, outcome: 'rejected', reason: 'too-long' };
    setNativeValue(element, value.text);
    context.history.wrote(element, element.value);
    return element.value === value.text ? { index, kind, outcome: 'filled' } : { index, kind, outcome: 'rejected', reason: 'not-accepted' };
  }
  if ('option' in value) {
    if (element instanceof HTMLSelectElement) {
      const choice = chooseOption(
        [...element.options].map((o) => ({ value: o.value, text: o.text })),
        value.option,
      );
      if (choice < 0) return { index, kind, outcome: 'rejected', reason: 'no-matching-option' };
      // A select always shows something: its first option is the form's default, any other one the page
      // (or the citizen) chose; the same rules as for text then apply (decide-prefill.ts).
      const planned = (element.options[choice] as HTMLOptionElement).value;
      const current = element.selectedIndex > 0 ? element.value : '';
      const verdict =
        element.selectedIndex === choice
          ? 'unchanged'
          : decidePrefill({
              current,
              planned,
              typedByCitizen: context.history.typedByCitizen(element),
              writtenByUs: context.history.writtenByUs(element),
            });
      if (verdict === 'unchanged' || (verdict === 'prefilled' && !replacing)) return { index, kind, outcome: 'skipped', reason: verdict };
      setNativeValue(element, planned);
      context.history.wrote(element, element.value);
      return { index, kind, outcome: 'filled' };
    }
    if (field.type === 'radio') {
      const group = context.fields
        .map((f, i) => ({ f, i }))
        .filter(({ f }) => f.type === 'radio' && f.name === field.name && f.form === field.form);
      const choice = chooseOption(
        group.map(({ f }) => f.options[0] ?? { value: '', text: '' }),
        value.option,
      );
      const target = choice >= 0 ? context.elements[(group[choice] as { i: number }).i] : undefined;
      if (!(target instanceof HTMLInputElement)) return { index, kind, outcome: 'rejected', reason: 'no-matching-option' };
      // A radio group is judged like a text field (decide-prefill.ts): the button the page checked is its
      // prefill, one the citizen clicked in this visit or we checked before may be changed.
      const buttons = group.map(({ i }) => context.elements[i]).filter((e): e is HTMLInputElement => e instanceof HTMLInputElement);
      const checked = buttons.find((b) => b.checked);
      const verdict =
        checked === target
          ? 'unchanged'
          : decidePrefill({
              current: checked ? 'checked' : '',
              planned: 'other',
              typedByCitizen: buttons.some((b) => context.history.typedByCitizen(b)),
              writtenByUs: checked && context.history.writtenByUs(checked) === 'checked' ? 'checked' : undefined,
            });
      if (verdict === 'unchanged' || (verdict === 'prefilled' && !replacing)) return { index, kind, outcome: 'skipped', reason: verdict };
      setNativeChecked(target, true);
      context.history.wrote(target, 'checked');
      return { index, kind, outcome: 'filled' };
    }
  }
  return { index, kind, outcome: 'rejected', reason: 'unsupported' };
}

function isToggle(element: Control): boolean {
  return element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
}
