// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyFill } from '../../../../../extension/content/fill/apply-fill.ts';
import type { FieldHistory } from '../../../../../extension/content/fill/field-history.ts';
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

const ATTRIBUTES = { givenNames: 'Erika', familyName: 'Mustermann', nationality: 'DE' };

function fillForm(html: string, history: FieldHistory, prepare?: () => void) {
  document.body.innerHTML = html;
  prepare?.();
  const collected = collectPageNow(document, { maxNodes: 500 });
  // Classified by hand: happy-dom lays nothing out, so the page would not count as shown (the browser
  // tests cover the whole path); here only the write decision is under test.
  const KINDS: Record<string, string> = { vorname: 'givenNames', nachname: 'familyName', staat: 'nationality' };
  const classified = collected.snapshot.fields.map((f, index) => ({ index, kind: (KINDS[f.name] ?? null) as never, confidence: 1, subject: 'self' as const, group: 1 }));
  const outcomes = applyFill({
    elements: collected.elements, fields: collected.snapshot.fields, classified,
    values: { attributes: ATTRIBUTES, countries: countryFormsFor(ATTRIBUTES) },
    kinds: new Set(['givenNames', 'familyName', 'nationality']), shown: new Set<Element>(collected.elements), history,
  });
  return { outcomes, value: (name: string) => (document.querySelector(`[name="${name}"]`) as HTMLInputElement).value };
}

const FORM = `<form>
  <label>Vorname <input name="vorname" value="Erika Maria"></label>
  <label>Familienname <input name="nachname"></label>
</form>`;

describe('applyFill leaves the portal\'s prefill as it is', () => {
  it('keeps a prefilled field and fills the empty one, remembering what it wrote', () => {
    const history = freshHistory();
    const first = fillForm(FORM, history);
    expect(first.outcomes.map((o) => [o.kind, o.outcome, 'reason' in o ? o.reason : ''])).toEqual([['givenNames', 'skipped', 'prefilled'], ['familyName', 'filled', '']]);
    expect(first.value('vorname')).toBe('Erika Maria');
    expect(first.value('nachname')).toBe('Mustermann');
    expect(history.written.get('nachname')).toBe('Mustermann');
  });

  it('replaces what the citizen typed in this visit', () => {
    const filled = fillForm(FORM, freshHistory(['vorname']));
    expect(filled.value('vorname')).toBe('Erika');
  });

  it('a select: the form\'s first option is no prefill, the page\'s other choice is, the same choice is unchanged', () => {
    const form = '<form><label>Staatsangehörigkeit <select name="staat"><option value="">Bitte wählen</option><option value="000">deutsch</option><option value="121">albanisch</option></select></label></form>';
    // The page's script chooses, as a portal prefilling from the account does.
    const outcome = (chosen: string) => fillForm(form, freshHistory(), () => void ((document.querySelector('select') as HTMLSelectElement).value = chosen)).outcomes.map((o) => `${o.outcome}${'reason' in o ? `:${o.reason}` : ''}`);
    expect(outcome('')).toEqual(['filled']);
    expect(outcome('121')).toEqual(['skipped:prefilled']);
    expect(outcome('000')).toEqual(['skipped:unchanged']);
  });
});
