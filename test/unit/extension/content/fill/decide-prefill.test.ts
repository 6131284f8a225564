// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decidePrefill, sameValue, type PrefillVerdict } from '../../../../../extension/content/fill/decide-prefill.ts';
import { trackFieldHistory } from '../../../../../extension/content/fill/field-history.ts';

describe("decidePrefill: the portal's own values come first", () => {
  it.each<[string, { current: string; planned: string; typedByCitizen: boolean; writtenByUs: string | undefined }, PrefillVerdict]>([
    ['an empty field is free', { current: '', planned: 'Erika', typedByCitizen: false, writtenByUs: undefined }, 'free'],
    ['white space only is empty', { current: '   ', planned: 'Erika', typedByCitizen: false, writtenByUs: undefined }, 'free'],
    ["the page's value stays", { current: 'Erika Maria', planned: 'Erika', typedByCitizen: false, writtenByUs: undefined }, 'prefilled'],
    [
      'the same value, other case and spaces, is not written again',
      { current: ' erika  ', planned: 'Erika', typedByCitizen: false, writtenByUs: undefined },
      'unchanged',
    ],
    [
      'the same value in another Unicode form is the same',
      { current: 'Mu\u0308ller', planned: 'Müller', typedByCitizen: false, writtenByUs: undefined },
      'unchanged',
    ],
    [
      'what the citizen typed in this visit may be replaced',
      { current: 'Erik', planned: 'Erika', typedByCitizen: true, writtenByUs: undefined },
      'free',
    ],
    [
      'what Amtspass wrote before may be replaced',
      { current: 'Gabler', planned: 'Mustermann', typedByCitizen: false, writtenByUs: 'Gabler' },
      'free',
    ],
    [
      'a page that changed our value afterwards made it its own',
      { current: 'GABLER', planned: 'Mustermann', typedByCitizen: false, writtenByUs: 'Gabler' },
      'prefilled',
    ],
  ])('%s', (_name, field, verdict) => {
    expect(decidePrefill(field)).toBe(verdict);
  });

  it('sameValue folds case (German), white space and Unicode form only', () => {
    expect(sameValue('Heidestraße 17', 'heidestraße  17')).toBe(true);
    expect(sameValue('Heidestraße 17', 'Heidestrasse 17')).toBe(false);
  });
});

describe('trackFieldHistory', () => {
  it("counts only trusted input as the citizen's typing: a page's own events are not", () => {
    document.body.innerHTML = '<input id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    const controller = new AbortController();
    const history = trackFieldHistory(document, controller.signal);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(history.typedByCitizen(input)).toBe(false);
    history.wrote(input, 'Erika');
    expect(history.writtenByUs(input)).toBe('Erika');
    controller.abort();
  });
});
