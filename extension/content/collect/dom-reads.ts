/**
 * DOM reads that a page cannot redirect. A form's named controls shadow the form's own properties
 * (`<input name="id">` makes `form.id` an element, `<input name="method">` hides `form.method`, even
 * `form.getAttribute` or `form.lastElementChild` can be replaced): "DOM clobbering". The collector and
 * fill code therefore read structure and attributes through the prototype's own getters and methods,
 * which named properties cannot reach.
 */

type Getter<T> = (this: unknown) => T;

function getter<T>(proto: object, name: string): Getter<T> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- an accessor, always called with .call(node)
    const get = descriptor?.get;
    if (get) return get as Getter<T>;
  }
  // A DOM without the accessor on its prototypes (some test DOMs): read the property itself.
  return function (this: unknown) {
    return (this as Record<string, T>)[name] as T;
  };
}

// Resolved once per script: content scripts run in their own world, whose prototypes the page cannot
// touch, so these stay the browser's originals.
const nodeType = getter<number>(Node.prototype, 'nodeType');
const parentNode = getter<Node | null>(Node.prototype, 'parentNode');
const firstChild = getter<ChildNode | null>(Node.prototype, 'firstChild');
const nextSibling = getter<ChildNode | null>(Node.prototype, 'nextSibling');
const previousSibling = getter<ChildNode | null>(Node.prototype, 'previousSibling');
const tagName = getter<string>(Element.prototype, 'tagName');
const shadowRoot = getter<ShadowRoot | null>(Element.prototype, 'shadowRoot');
const firstElementChild = getter<Element | null>(Element.prototype, 'firstElementChild');
const previousElementSibling = getter<Element | null>(Element.prototype, 'previousElementSibling');
const nextElementSibling = getter<Element | null>(Element.prototype, 'nextElementSibling');
const parentElement = getter<Element | null>(Node.prototype, 'parentElement');
const formAction = getter<string>(HTMLFormElement.prototype, 'action');
const formElements = getter<HTMLFormControlsCollection>(HTMLFormElement.prototype, 'elements');
const inputType = getter<string>(HTMLInputElement.prototype, 'type');
const inputFiles = getter<FileList | null>(HTMLInputElement.prototype, 'files');
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: always called with .call(element)
const getAttributeOf = Element.prototype.getAttribute;
const documentElement = getter<Element | null>(Document.prototype, 'documentElement');
const documentTitle = getter<string>(Document.prototype, 'title');
const shadowHost = getter<Element>(ShadowRoot.prototype, 'host');
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: always called with .call(node)
const getRootNodeOf = Node.prototype.getRootNode;
/* eslint-disable @typescript-eslint/unbound-method -- kept unbound on purpose: always called with .call(root) */
const documentById = Document.prototype.getElementById;
const fragmentById = DocumentFragment.prototype.getElementById;
const queryAllOf = [Element.prototype.querySelectorAll, Document.prototype.querySelectorAll, DocumentFragment.prototype.querySelectorAll];
const queryOf = [Element.prototype.querySelector, Document.prototype.querySelector, DocumentFragment.prototype.querySelector];
/* eslint-enable @typescript-eslint/unbound-method */
const documentForms = getter<HTMLCollectionOf<HTMLFormElement>>(Document.prototype, 'forms');
const documentBody = getter<HTMLElement | null>(Document.prototype, 'body');
const ownerDocumentOf = getter<Document | null>(Node.prototype, 'ownerDocument');
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: always called with .call(form)
const requestSubmitOf = HTMLFormElement.prototype.requestSubmit;

/** Which prototype's method a node takes: 0 element, 1 document, 2 shadow root or fragment, -1 none. */
function queryable(node: Node): number {
  const kind = nodeType.call(node);
  return kind === 1 ? 0 : kind === 9 ? 1 : kind === 11 ? 2 : -1;
}

export const dom = {
  /** `document.documentElement` and `document.title`, which `<img name=…>` could otherwise replace. */
  documentElement: (doc: Document): Element | null => documentElement.call(doc),
  title: (doc: Document): string => documentTitle.call(doc),
  nodeType: (node: Node): number => nodeType.call(node),
  parentNode: (node: Node): Node | null => parentNode.call(node),
  parentElement: (node: Node): Element | null => parentElement.call(node),
  firstChild: (node: Node): ChildNode | null => firstChild.call(node),
  nextSibling: (node: Node): ChildNode | null => nextSibling.call(node),
  previousSibling: (node: Node): ChildNode | null => previousSibling.call(node),
  /** Text of a text node (text nodes have no named properties to clobber). */
  nodeValue: (node: Node): string | null => (node as CharacterData).data ?? null,
  /** Upper-case tag name (HTML elements); other namespaces keep their case. */
  tag: (element: Element): string => tagName.call(element),
  shadowRoot: (element: Element): ShadowRoot | null => shadowRoot.call(element),
  firstElementChild: (element: Element): Element | null => firstElementChild.call(element),
  nextElementSibling: (element: Element): Element | null => nextElementSibling.call(element),
  previousElementSibling: (element: Element): Element | null => previousElementSibling.call(element),
  /** First element child of an element, a shadow root or a document. */
  firstElementChildOfAny: (node: Node): Element | null => {
    if (nodeType.call(node) === 1) return firstElementChild.call(node);
    for (let child = firstChild.call(node); child; child = nextSibling.call(child)) if (nodeType.call(child) === 1) return child as Element;
    return null;
  },
  attr: (element: Element, name: string): string | null => getAttributeOf.call(element, name),
  /** The element a shadow root is attached to. */
  host: (root: ShadowRoot): Element => shadowHost.call(root),
  /** The document or shadow root a node is in. */
  rootOf: (node: Node): Document | ShadowRoot | Node => getRootNodeOf.call(node),
  /** The resolved action URL of a form; '' when it has no action attribute or it cannot be read. */
  formAction: (form: HTMLFormElement): string => {
    if (getAttributeOf.call(form, 'action') === null) return '';
    try {
      return formAction.call(form);
    } catch {
      return '';
    }
  },
  /**
   * File inputs of the form that hold no file yet. The browser lets no script choose a file, so a form
   * that needs one (ELSTER's certificate file) waits for the citizen (docs/PORTALS.md §15).
   */
  emptyFileInputs: (form: HTMLFormElement): number => {
    let empty = 0;
    for (const control of formElements.call(form)) {
      if (control instanceof HTMLInputElement && inputType.call(control) === 'file' && (inputFiles.call(control)?.length ?? 0) === 0)
        empty++;
    }
    return empty;
  },
  /**
   * The radio buttons of one group (same name, same form, or outside any form in the document), read
   * through the prototypes: a form's own properties may be clobbered by its controls' names.
   */
  radioGroup: (button: HTMLInputElement): HTMLInputElement[] => {
    const form = button.form;
    const candidates = form ? [...formElements.call(form)] : [...Document.prototype.querySelectorAll.call(button.ownerDocument, 'input')];
    return candidates.filter(
      (c): c is HTMLInputElement =>
        c instanceof HTMLInputElement && inputType.call(c) === 'radio' && c.name === button.name && c.form === form,
    );
  },
  /**
   * `getElementById` of a document or shadow root, through the prototype: `<img name="getElementById">`
   * replaces the document's own (named elements are properties of the document).
   */
  byId: (root: Node, id: string): Element | null => {
    if (!id) return null;
    const kind = nodeType.call(root);
    if (kind === 9) return documentById.call(root as Document, id);
    return kind === 11 ? fragmentById.call(root as DocumentFragment, id) : null;
  },
  /** `querySelectorAll` of an element, document or shadow root, through the prototype (a named control or image can replace it). */
  queryAll: <E extends Element = Element>(root: Node, selector: string): E[] => {
    const which = queryable(root);
    return which < 0 ? [] : [...(queryAllOf[which] as (this: Node, s: string) => NodeListOf<E>).call(root, selector)];
  },
  /** `querySelector`, the same way. */
  query: <E extends Element = Element>(root: Node, selector: string): E | null => {
    const which = queryable(root);
    return which < 0 ? null : (queryOf[which] as (this: Node, s: string) => E | null).call(root, selector);
  },
  /** `document.forms`, which `<img name="forms">` could otherwise replace. */
  forms: (doc: Document): HTMLFormElement[] => [...documentForms.call(doc)],
  /** `document.body` (`<img name="body">` would otherwise stand in for it). */
  body: (doc: Document): HTMLElement | null => documentBody.call(doc),
  /** The document a node belongs to (a control named `ownerDocument` replaces a form's own). */
  ownerDocument: (node: Node): Document | null => ownerDocumentOf.call(node),
  /** Submits a form as a click on `submitter` would, validation included (a control named `requestSubmit` replaces the form's own). */
  requestSubmit: (form: HTMLFormElement, submitter?: HTMLElement | null): void => requestSubmitOf.call(form, submitter),
  /** A form's controls (`form.elements`, which a control named `elements` replaces). */
  elements: (form: HTMLFormElement): Element[] => [...formElements.call(form)],
  /** The submission method as the browser uses it (`get` unless `post` or `dialog`). */
  formMethod: (form: HTMLFormElement): string => {
    const method = (getAttributeOf.call(form, 'method') ?? '').trim().toLowerCase();
    return method === 'post' || method === 'dialog' ? method : 'get';
  },
};

/**
 * Nearest ancestor (or the element itself) whose upper-case tag or role passes `test`, looking at most
 * `maxSteps` levels up: a page nested 100,000 levels deep costs no more than a shallow one.
 */
export function closestBounded(element: Element, test: (tag: string, element: Element) => boolean, maxSteps = 64): Element | null {
  let current: Element | null = element;
  for (let step = 0; current && step <= maxSteps; step++) {
    if (test(dom.tag(current), current)) return current;
    current = dom.parentElement(current);
  }
  return null;
}
