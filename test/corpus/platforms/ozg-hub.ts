import { control, escapeHtml, type Platform } from '../platform.ts';

/** OZG-Hub style (Angular Material): generated ids, labels bound by `aria-labelledby`, sections as fieldsets. */
export const ozgHub: Platform = {
  id: 'ozg-hub',
  modelledOn: 'Angular Material forms (OZG-Hub, Dataport, EfA services)',
  autocomplete: true,
  radios: false,
  names: ({ counter, field }) => ({ name: `data.${field.nameWord}${counter}`, id: `mat-input-${counter}` }),
  field: (f) =>
    `<div class="mat-form-field"><div class="mat-form-field-infix">${control(f, `aria-labelledby="mat-form-field-label-${f.id.replace('mat-input-', '')}" aria-required="${f.required}"`)}<span class="mat-form-field-label-wrapper"><span id="mat-form-field-label-${f.id.replace('mat-input-', '')}" class="mat-form-field-label"><mat-label>${escapeHtml(f.label)}</mat-label>${f.required ? '<span aria-hidden="true"> *</span>' : ''}</span></span></div></div>`,
  section: (title, inner) => `<fieldset class="mat-card"><legend class="mat-card-title">${escapeHtml(title)}</legend>${inner}</fieldset>`,
  page: (title, form, submit) =>
    `<app-root><mat-toolbar>Onlinedienst</mat-toolbar><h1 class="mat-headline">${escapeHtml(title)}</h1><form novalidate method="post" action="/api/submit">${form}<button mat-raised-button type="submit">${escapeHtml(submit)}</button></form></app-root>`,
};
