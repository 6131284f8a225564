import { boundedText, tidy } from './bounded-text.ts';
import { dom } from './dom-reads.ts';
import { isDisclosureTitle, isStyledTitle, isTableSectionTitle } from './section-title.ts';
import { yieldToEventLoop } from './yield-to-event-loop.ts';
import { tableHeaders } from './table-headers.ts';
import { createLabelContext, findLabel, type LabelContext } from './find-label.ts';
import { MAX_FRAME_DEPTH, MAX_NODES, MAX_SHADOW_DEPTH, SLICE_MS } from './collect-limits.ts';
import { isRendered } from './is-visible.ts';
import { ancestorsBelow, MAX_ANCESTOR_STEPS, MAX_CELL_STEPS, NO_ANCESTORS, within, type Ancestors } from './ancestors.ts';
import {
  MAX_ACTIONS,
  MAX_FIELDS,
  MAX_OPTIONS,
  MAX_TEXT_CHARS,
  type FieldSnapshot,
  type FormSnapshot,
  type PageSnapshot,
} from './page-snapshot.ts';

/** Buttons kept per form. */
const MAX_FORM_BUTTONS = 20;
/** Elements visited between two looks at the clock. */
const CLOCK_EVERY = 8;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const IGNORED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file', 'range', 'color']);
const SKIP_CHILDREN = new Set(['SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE']);
const EID_LINK = /(^|\/\/)(127\.0\.0\.1|localhost):24727\/eID-Client|^eid:\/\/|ausweisapp\.bund\.de\/eID-Client/i;

export interface CollectedPage {
  readonly snapshot: PageSnapshot;
  /** The live controls, parallel to `snapshot.fields` (kept in the content script, never sent). */
  readonly elements: readonly Control[];
  /** What the walk cost, counted: the bounds tests assert these, never wall-clock time. */
  readonly stats: { readonly nodesVisited: number; readonly slices: number; readonly longestSliceMs: number };
}

export interface CollectOptions {
  /** Work per slice (default SLICE_MS). */
  readonly sliceMs?: number;
  /** Clock for slicing; injected in tests. */
  readonly now?: () => number;
  /** Gives the page its turn between slices; injected in tests. */
  readonly yieldToPage?: () => Promise<void>;
  /** Stops the walk (the page is going away); the snapshot is then marked truncated. */
  readonly signal?: AbortSignal;
  /** Node cap (default MAX_NODES); the synchronous look at one submitted form uses a smaller one. */
  readonly maxNodes?: number;
}

/**
 * Live DOM → plain snapshot: every form control in document order, through open shadow roots and
 * same-origin iframes, with the texts classification needs. Runs in slices of about SLICE_MS and yields
 * to the page between them; stops only at the caps (fields, nodes, depths) or when aborted.
 */
export async function collectPage(doc: Document, options: CollectOptions = {}): Promise<CollectedPage> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldToPage = options.yieldToPage ?? yieldToEventLoop;
  const walk = createWalk(doc, options.maxNodes ?? MAX_NODES);
  let slices = 0;
  let longestSliceMs = 0;
  for (;;) {
    slices++;
    const start = now();
    const end = start + sliceMs;
    let last = start;
    const finished = walk.run(() => (last = now()) >= end);
    longestSliceMs = Math.max(longestSliceMs, (finished ? now() : last) - start);
    if (finished) break;
    if (options.signal?.aborted) {
      walk.cut();
      break;
    }
    await yieldToPage();
    if (options.signal?.aborted) {
      walk.cut();
      break;
    }
  }
  const result = walk.result(slices, longestSliceMs);
  // The caller classifies next: give the page its turn first, so the last slice and the
  // classification never add up to one long task.
  if (slices > 1) await yieldToPage();
  return result;
}

/**
 * The same walk in one go, for the one place that cannot wait: a trusted submit, where the page may
 * unload right after the event. Bounded by `maxNodes` only.
 */
export function collectPageNow(doc: Document, options: { maxNodes: number }): CollectedPage {
  const walk = createWalk(doc, options.maxNodes);
  walk.run(() => false);
  return walk.result(1, 0);
}

/** One element to visit, with the context its subtree is read in. */
interface Visit {
  readonly element: Element;
  readonly root: Document | ShadowRoot;
  readonly frame: number;
  readonly shadowDepth: number;
  readonly frameDepth: number;
  /** The nearest `<form>` ancestor in the same tree (for the form's buttons). */
  readonly form: Element | null;
  /** Levels below the tree's top (its document element or shadow root). */
  readonly depth: number;
  /** The label, group and table cell above, in the same tree. */
  readonly around: Ancestors;
}

interface Walk {
  /** Works until `stop()` says so (looked at every few elements); true when the walk is finished. */
  run(stop: () => boolean): boolean;
  /** Ends the walk early: what was seen stays, marked truncated. */
  cut(): void;
  result(slices: number, longestSliceMs: number): CollectedPage;
}

function createWalk(doc: Document, maxNodes: number): Walk {
  const fields: FieldSnapshot[] = [];
  const elements: Control[] = [];
  const forms: { form: HTMLFormElement; snapshot: Omit<FormSnapshot, 'buttons' | 'files'> }[] = [];
  const formIndex = new Map<HTMLFormElement, number>();
  const formButtons = new Map<Element, string[]>();
  const formFiles = new Map<Element, number>();
  const groupTexts = new Map<Element, string>();
  const actions: string[] = [];
  const labels: LabelContext = createLabelContext();
  let eidLinks = 0;
  let heading = '';
  let h1 = '';
  let visited = 0;
  let truncated = false;
  const stack: Visit[] = [];

  const top = dom.documentElement(doc);
  if (top) stack.push({ element: top, root: doc, frame: 0, shadowDepth: 0, frameDepth: 0, form: null, depth: 0, around: NO_ANCESTORS });

  const formOf = (form: HTMLFormElement | null): number => {
    if (!form) return -1;
    const known = formIndex.get(form);
    if (known !== undefined) return known;
    const index = forms.length;
    formIndex.set(form, index);
    forms.push({
      form,
      snapshot: {
        index,
        id: tidy(dom.attr(form, 'id'), 100),
        name: tidy(dom.attr(form, 'name'), 100),
        action: tidy(dom.formAction(form), 500),
        method: dom.formMethod(form),
      },
    });
    return index;
  };

  const noteButton = (form: Element | null, text: string): void => {
    if (!form || !text) return;
    const list = formButtons.get(form) ?? [];
    if (list.length < MAX_FORM_BUTTONS) list.push(text);
    formButtons.set(form, list);
  };

  const groupText = (group: Element, root: Document | ShadowRoot): string => {
    let text = groupTexts.get(group);
    if (text === undefined) {
      // A group named only by its aria-label ("Date of birth" around three selects) is named all the same.
      text =
        labels.textOf(dom.tag(group) === 'FIELDSET' ? legendOf(group) : labelOfGroup(group, root)) ||
        tidy(dom.attr(group, 'aria-label'), 120);
      groupTexts.set(group, text);
    }
    return text;
  };

  const addControl = (control: Control, tag: string, visit: Visit): void => {
    const type =
      tag === 'INPUT' ? ((control as HTMLInputElement).type || 'text').toLowerCase() : tag === 'SELECT' ? 'select-one' : 'textarea';
    if (type === 'submit' || type === 'button' || type === 'image') {
      // An `<input type="submit" value="Online-Ausweis">` is an action like a button (ASP.NET pages use them).
      const text = tidy(dom.attr(control, 'value') ?? dom.attr(control, 'alt'), 80);
      noteButton(visit.form, text);
      if (text && actions.length < MAX_ACTIONS) actions.push(text);
    }
    if (type === 'file' && visit.form) formFiles.set(visit.form, (formFiles.get(visit.form) ?? 0) + 1);
    if (IGNORED_INPUT_TYPES.has(type)) return;
    if (fields.length >= MAX_FIELDS) {
      truncated = true;
      return;
    }
    const { around, depth } = visit;
    const label = findLabel(control, visit.root, labels, {
      wrapping: within(around.label, around.labelDepth, depth, MAX_ANCESTOR_STEPS),
      td: within(around.td, around.tdDepth, depth, MAX_CELL_STEPS),
    });
    const group = within(around.group, around.groupDepth, depth, MAX_ANCESTOR_STEPS);
    const isChoice = type === 'radio' || type === 'checkbox';
    const table = tableHeaders(control, labels, within(around.cell, around.cellDepth, depth, MAX_CELL_STEPS));
    const maxLength = 'maxLength' in control && control.maxLength > 0 ? control.maxLength : null;
    fields.push({
      index: fields.length,
      tag: tag.toLowerCase() as FieldSnapshot['tag'],
      type,
      name: tidy(dom.attr(control, 'name'), MAX_TEXT_CHARS),
      id: tidy(dom.attr(control, 'id'), MAX_TEXT_CHARS),
      autocomplete: tidy(dom.attr(control, 'autocomplete'), 100).toLowerCase(),
      placeholder: tidy(dom.attr(control, 'placeholder')),
      label: label.text,
      labelSource: label.source,
      legend: group ? groupText(group, visit.root) : '',
      heading,
      column: table.column,
      row: table.row,
      options:
        tag === 'SELECT'
          ? optionsOf(control as HTMLSelectElement)
          : isChoice
            ? [{ value: tidy((control as HTMLInputElement).value), text: label.text }]
            : [],
      maxLength,
      form: formOf(control.form ?? (visit.shadowDepth > 0 && visit.form ? (visit.form as HTMLFormElement) : null)),
      visible: isRendered(control),
      readOnly: 'readOnly' in control && control.readOnly,
      disabled: control.disabled,
      frame: visit.frame,
      inShadow: visit.shadowDepth > 0,
    });
    elements.push(control);
  };

  /** Pushes the element children of `parent` (last first, so they pop in document order). */
  const pushChildren = (parent: Node, visit: Omit<Visit, 'element'>): void => {
    // Never more than the nodes still to be visited: a node with a million children costs its cap.
    const room = maxNodes - visited - stack.length;
    const children: Element[] = [];
    let child = dom.firstElementChildOfAny(parent);
    for (; child && children.length < room; child = dom.nextElementSibling(child)) children.push(child);
    if (child) truncated = true;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ ...visit, element: children[i] as Element });
  };

  const step = (visit: Visit): void => {
    const { element } = visit;
    const tag = dom.tag(element);
    const role = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' ? null : dom.attr(element, 'role');
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      addControl(element as Control, tag, visit);
    } else if (/^H[1-6]$/.test(tag) || role === 'heading' || isTableSectionTitle(element, tag) || isStyledTitle(element, tag)) {
      const text = boundedText(element, 120);
      if (tag === 'H1') h1 ||= text;
      else if (text) heading = text;
    } else if (tag === 'SUMMARY') {
      if (isDisclosureTitle(element, tag, role)) heading = boundedText(element, 120) || heading;
    } else if (tag === 'BUTTON' || tag === 'A' || role === 'button') {
      const disclosure = isDisclosureTitle(element, tag, role);
      const text = actions.length < MAX_ACTIONS || tag === 'BUTTON' || disclosure ? boundedText(element, 80) : '';
      // An accordion's header titles the section it opens, and stays an action ("Mit Benutzername anmelden").
      if (disclosure && text) heading = text;
      if (text && actions.length < MAX_ACTIONS) actions.push(text);
      if (tag === 'BUTTON') noteButton(visit.form, text);
      if (tag === 'A' && EID_LINK.test(dom.attr(element, 'href') ?? '')) eidLinks++;
    }
    if (SKIP_CHILDREN.has(tag)) return;
    const form = tag === 'FORM' ? element : visit.form;
    const depth = visit.depth + 1;
    pushChildren(element, { ...visit, form, depth, around: ancestorsBelow(visit.around, element, tag, role, visit.depth) });
    // An open shadow tree is rendered in place of the host's children: it is visited first.
    const shadow = dom.shadowRoot(element);
    if (shadow && visit.shadowDepth < MAX_SHADOW_DEPTH) {
      // Fields in a web component's shadow root are no form's own, but stand in the host's form: its buttons and its other fields are their context.
      // A shadow tree is read on its own, as its elements' parents end at its root: no label, group or cell above.
      pushChildren(shadow, {
        root: shadow,
        frame: visit.frame,
        shadowDepth: visit.shadowDepth + 1,
        frameDepth: visit.frameDepth,
        form: visit.form,
        depth: 0,
        around: NO_ANCESTORS,
      });
    }
    if (tag === 'IFRAME' && visit.frameDepth < MAX_FRAME_DEPTH) {
      const inner = sameOriginDocument(element as HTMLIFrameElement);
      const innerTop = inner ? dom.documentElement(inner) : null;
      if (inner && innerTop)
        stack.push({
          element: innerTop,
          root: inner,
          frame: visit.frame + 1,
          shadowDepth: visit.shadowDepth,
          frameDepth: visit.frameDepth + 1,
          form: null,
          depth: 0,
          around: NO_ANCESTORS,
        });
    }
  };

  return {
    run(stop) {
      while (stack.length > 0) {
        if (visited >= maxNodes) {
          truncated = true;
          stack.length = 0;
          return true;
        }
        visited++;
        step(stack.pop() as Visit);
        if (visited % CLOCK_EVERY === 0 && stack.length > 0 && stop()) return false;
      }
      return true;
    },
    cut() {
      if (stack.length > 0) truncated = true;
      stack.length = 0;
    },
    result(slices, longestSliceMs) {
      const location = doc.location;
      return {
        snapshot: {
          url: location?.href ?? '',
          title: tidy(dom.title(doc), 120),
          h1,
          fields,
          forms: forms.map(({ form, snapshot }) => ({
            ...snapshot,
            buttons: formButtons.get(form) ?? [],
            files: formFiles.get(form) ?? 0,
          })),
          actions,
          eidLinks,
          truncated,
        },
        elements,
        stats: { nodesVisited: visited, slices, longestSliceMs },
      };
    },
  };
}

/** Options of a select, read by index up to the cap (a select with 100,000 options costs its cap). */
function optionsOf(select: HTMLSelectElement): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  const count = Math.min(select.options.length, MAX_OPTIONS);
  for (let i = 0; i < count; i++) {
    const option = select.options[i];
    if (option) out.push({ value: tidy(option.value, MAX_TEXT_CHARS), text: tidy(option.text, MAX_TEXT_CHARS) });
  }
  return out;
}

/** The fieldset's own legend (a direct child), looking at its first children only. */
function legendOf(fieldset: Element): Element | null {
  let child = dom.firstElementChild(fieldset);
  for (let steps = 0; child && steps < 16; steps++, child = dom.nextElementSibling(child)) if (dom.tag(child) === 'LEGEND') return child;
  return null;
}

function labelOfGroup(group: Element, root: Document | ShadowRoot): Element | null {
  const id = dom.attr(group, 'aria-labelledby')?.split(/\s+/)[0];
  return id ? dom.byId(root, id) : null;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
