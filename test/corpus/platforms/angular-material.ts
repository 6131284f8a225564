import { control, escapeHtml, type Platform } from '../platform.ts';

/**
 * Angular Material: reactive forms name their controls only by `formcontrolname` (no `name`), ids are
 * generated (`mat-input-3`), the floating label wraps a `<mat-label>`, and sections are expansion
 * panels whose header (role=button, aria-expanded, aria-controls) holds a `<mat-panel-title>`.
 */
export const angularMaterial: Platform = {
  id: 'angular-material',
  modelledOn: 'Angular Material reactive forms (expansion panels, mat-form-field)',
  autocomplete: false,
  radios: false,
  names: ({ counter }) => ({ name: '', id: `mat-input-${counter}` }),
  field: (f) =>
    `<mat-form-field appearance="outline" class="mat-mdc-form-field"><div class="mat-mdc-text-field-wrapper"><div class="mat-mdc-form-field-flex"><label class="mdc-floating-label mat-mdc-floating-label" id="mat-mdc-form-field-label-${f.id}" for="${f.id}"><mat-label>${escapeHtml(f.label)}</mat-label></label><div class="mat-mdc-form-field-infix">${control(f, `class="mat-mdc-input-element" formcontrolname="${escapeHtml(f.spec.nameWord)}"`)}</div></div></div></mat-form-field>`,
  section: (title, inner, index) =>
    `<mat-expansion-panel class="mat-expansion-panel mat-expanded"><mat-expansion-panel-header role="button" class="mat-expansion-panel-header" aria-expanded="true" aria-controls="cdk-accordion-child-${index}"><span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">${escapeHtml(title)}</mat-panel-title><mat-panel-description class="mat-expansion-panel-header-description">Bitte vollständig ausfüllen</mat-panel-description></span></mat-expansion-panel-header><div class="mat-expansion-panel-content" role="region" id="cdk-accordion-child-${index}"><div class="mat-expansion-panel-body">${inner}</div></div></mat-expansion-panel>`,
  page: (title, form, submit) =>
    `<app-root><mat-toolbar class="mat-toolbar"><span>Online-Antrag</span></mat-toolbar><main><h1 class="mat-headline-4">${escapeHtml(title)}</h1><form novalidate class="ng-untouched ng-pristine"><mat-accordion class="mat-accordion" multi>${form}</mat-accordion><button mat-flat-button type="submit" class="mdc-button"><span class="mdc-button__label">${escapeHtml(submit)}</span></button></form></main></app-root>`,
};
