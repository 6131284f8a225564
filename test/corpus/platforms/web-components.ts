import { escapeHtml, type Platform } from '../platform.ts';

/**
 * A design system of web components: each field is a custom element whose input lives in its open
 * shadow root, labelled by the host's `label` attribute; sections are custom elements with a heading.
 */
export const webComponents: Platform = {
  id: 'web-components',
  modelledOn: 'web-component design systems (KERN-UX-like, Salesforce-style)',
  autocomplete: false,
  radios: false,
  names: ({ counter, field }) => ({ name: `${field.nameWord}-${counter}`, id: `${field.nameWord}-${counter}` }),
  field: (f) =>
    `<dp-field label="${escapeHtml(f.label)}" field-name="${escapeHtml(f.name)}" field-id="${escapeHtml(f.id)}" shape="${f.shape}" options="${escapeHtml(JSON.stringify((f.spec.options ?? []).slice(1)))}"${f.required ? ' required' : ''}></dp-field>`,
  section: (title, inner) => `<dp-section><h2 slot="title">${escapeHtml(title)}</h2>${inner}</dp-section>`,
  page: (
    title,
    form,
    submit,
  ) => `<h1>${escapeHtml(title)}</h1><form method="post" action="/antrag">${form}<button type="submit">${escapeHtml(submit)}</button></form>
<script>
customElements.define('dp-section', class extends HTMLElement {
  connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<div class="section"><slot name="title"></slot><slot></slot></div>'; }
});
customElements.define('dp-field', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const shape = this.getAttribute('shape');
    const el = document.createElement(shape === 'select' ? 'select' : shape === 'textarea' ? 'textarea' : 'input');
    if (shape === 'select') for (const o of ['', ...JSON.parse(this.getAttribute('options') || '[]')]) el.append(new Option(o || 'Bitte wählen', o));
    else if (shape !== 'textarea') el.type = shape === 'date' ? 'text' : shape;
    el.name = this.getAttribute('field-name'); el.id = this.getAttribute('field-id');
    root.append(el);
  }
});
</script>`,
};
