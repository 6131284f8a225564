// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyFill } from '../../../../../extension/content/fill/apply-fill.ts';
import { prefillOf, type FieldHistory } from '../../../../../extension/content/fill/field-history.ts';
import { collectPageNow } from '../../../../../extension/content/collect/collect-page.ts';
import { countryFormsFor } from '../../../../../shared/vocabulary/country-forms.ts';

/** A history with nothing typed and nothing written, recording what the fill writes. */
function freshHistory(typed: readonly string[] = []): FieldHistory & { written: Map<string, string> } {
  const written = new Map<string, string>();
  const name = (element: Element): string => element.getAttribute('name') ?? '';
  return {
    written,
    typedByCitizen: (element) => typed.includes(name(element)),
    writtenByUs: (element) => written.get(name(element)),
    wrote: (element, value) => void written.set(name(element), value),
  };
}

const ATTRIBUTES = { givenNames: 'Erika', familyName: 'Mustermann', nationality: 'DE', gender: 'female' };

function fillForm(html: string, history: FieldHistory, prepare?: () => void, replace: readonly string[] = []) {
  document.body.innerHTML = html;
  prepare?.();
  const collected = collectPageNow(document, { maxNodes: 500 });
  // Classified by hand: happy-dom lays nothing out, so the page would not count as shown (the browser
  // tests cover the whole path); here only the write decision is under test.
  const KINDS: Record<string, string> = { vorname: 'givenNames', nachname: 'familyName', staat: 'nationality', geschlecht: 'gender' };
  const classified = collected.snapshot.fields.map((f, index) => ({
    index,
    kind: (KINDS[f.name] ?? null) as never,
    confidence: 1,
    subject: 'self' as const,
    group: 1,
  }));
  const outcomes = applyFill({
    elements: collected.elements,
    fields: collected.snapshot.fields,
    classified,
    values: { attributes: ATTRIBUTES, countries: countryFormsFor(ATTRIBUTES) },
    kinds: new Set(['givenNames', 'familyName', 'nationality', 'gender']),
    shown: new Set<Element>(collected.elements),
    history,
    replace: new Set(replace as never[]),
  });
  return { outcomes, value: (name: string) => (document.querySelector(`[name="${name}"]`) as HTMLInputElement).value };
}

const FORM = `<form>
  <label>Vorname <input name="vorname" value="Erika Maria"></label>
  <label>Familienname <input name="nachname"></label>
</form>`;

describe("applyFill leaves the portal's prefill as it is", () => {
  it('keeps a prefilled field and fills the empty one, remembering what it wrote', () => {
    const history = freshHistory();
    const first = fillForm(FORM, history);
    expect(first.outcomes.map((o) => [o.kind, o.outcome, 'reason' in o ? o.reason : ''])).toEqual([
      ['givenNames', 'skipped', 'prefilled'],
      ['familyName', 'filled', ''],
    ]);
    expect(first.value('vorname')).toBe('Erika Maria');
    expect(first.value('nachname')).toBe('Mustermann');
    expect(history.written.get('nachname')).toBe('Mustermann');
  });

  it('replaces what the citizen typed in this visit', () => {
    const filled = fillForm(FORM, freshHistory(['vorname']));
    expect(filled.value('vorname')).toBe('Erika');
  });

  it("a select: the form's first option is no prefill, the page's other choice is, the same choice is unchanged", () => {
    const form =
      '<form><label>Staatsangehörigkeit <select name="staat"><option value="">Bitte wählen</option><option value="000">deutsch</option><option value="121">albanisch</option></select></label></form>';
    // The page's script chooses, as a portal prefilling from the account does.
    const outcome = (chosen: string) =>
      fillForm(form, freshHistory(), () => void ((document.querySelector('select') as HTMLSelectElement).value = chosen)).outcomes.map(
        (o) => `${o.outcome}${'reason' in o ? `:${o.reason}` : ''}`,
      );
    expect(outcome('')).toEqual(['filled']);
    expect(outcome('121')).toEqual(['skipped:prefilled']);
    expect(outcome('000')).toEqual(['skipped:unchanged']);
  });

  it('a radio group: the button the page checked is its prefill, the same button is unchanged, one the citizen clicked may change', () => {
    const form =
      '<form><label><input type="radio" name="geschlecht" value="m"> männlich</label><label><input type="radio" name="geschlecht" value="w"> weiblich</label></form>';
    const check = (value: string) => () => void ((document.querySelector(`[value="${value}"]`) as HTMLInputElement).checked = true);
    const run = (prepare?: () => void, typed: readonly string[] = [], replace: readonly string[] = []) => {
      const filled = fillForm(form, freshHistory(typed), prepare, replace);
      return [
        filled.outcomes.map((o) => `${o.outcome}${'reason' in o ? `:${o.reason}` : ''}`),
        document.querySelector<HTMLInputElement>('input:checked')?.value ?? null,
      ];
    };
    expect(run()).toEqual([['filled'], 'w']);
    expect(run(check('m'))).toEqual([['skipped:prefilled'], 'm']);
    expect(run(check('w'))).toEqual([['skipped:unchanged'], 'w']);
    expect(run(check('m'), ['geschlecht'])).toEqual([['filled'], 'w']);
    expect(run(check('m'), [], ['gender'])).toEqual([['filled'], 'w']);
  });

  it("reports a radio group's prefill as the checked button's label, not a button's value", () => {
    document.body.innerHTML =
      '<form><label><input type="radio" name="g" value="m"> männlich</label><label><input type="radio" name="g" value="w"> weiblich</label><input type="checkbox" name="c" value="ja" checked></form>';
    const [first, second] = [...document.querySelectorAll('input[type="radio"]')] as HTMLInputElement[];
    const box = document.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(prefillOf(first as HTMLInputElement, freshHistory(), 200)).toBeNull();
    (second as HTMLInputElement).checked = true;
    expect(prefillOf(first as HTMLInputElement, freshHistory(), 200)).toBe('weiblich');
    expect(prefillOf(box, freshHistory(), 200)).toBeNull();
  });

  it('never writes text into a checkbox or a radio button, whatever kind it was given', () => {
    const form =
      '<form><label><input type="checkbox" name="vorname" value=""> Angemeldet bleiben</label><label><input type="radio" name="nachname" value="x"> Ja</label></form>';
    const filled = fillForm(form, freshHistory());
    expect(filled.outcomes.map((o) => `${o.outcome}${'reason' in o ? `:${o.reason}` : ''}`)).toEqual([
      'rejected:unsupported',
      'rejected:unsupported',
    ]);
    expect([filled.value('vorname'), filled.value('nachname')]).toEqual(['', 'x']);
  });
});
