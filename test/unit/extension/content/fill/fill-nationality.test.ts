import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../../../../extension/content/fill/choose-option.ts';
import { planFieldValue } from '../../../../../extension/content/fill/plan-field-value.ts';
import type { FieldSnapshot } from '../../../../../extension/content/collect/page-snapshot.ts';
import { countryFormsFor } from '../../../../../shared/vocabulary/country-forms.ts';
import { COUNTRY_TABLE } from '../../../../../shared/vocabulary/country-table.ts';
import { NATIONALITY_TABLE } from '../../../../../shared/vocabulary/nationality-table.ts';

const select = {
  tag: 'select',
  type: 'select-one',
  maxLength: null,
  placeholder: '',
  label: 'Staatsangehörigkeit',
} as unknown as FieldSnapshot;
const textField = {
  tag: 'input',
  type: 'text',
  maxLength: null,
  placeholder: '',
  label: 'Staatsangehörigkeit',
} as unknown as FieldSnapshot;

/** The lists German portals build: Destatis keys with list names or adjectives, ISO numeric with names. */
const LISTS = {
  destatisNames: NATIONALITY_TABLE.map(([, destatis, name]) => ({ value: destatis, text: name })),
  destatisAdjectives: NATIONALITY_TABLE.map(([, destatis, , adjective]) => ({ value: destatis, text: adjective })),
  adjectivesOnly: NATIONALITY_TABLE.map(([, , , adjective], i) => ({ value: `opt${i}`, text: adjective })),
  isoNumeric: COUNTRY_TABLE.map(([, , numeric, nameDe]) => ({ value: numeric, text: nameDe })),
};

function plannedFor(code: string, field: FieldSnapshot) {
  const attributes = { nationality: code };
  return planFieldValue('nationality', field, { attributes, countries: countryFormsFor(attributes) });
}

describe('every nationality is filled, not only the German one', () => {
  it.each(NATIONALITY_TABLE.map(([code, destatis, name, adjective]) => [code, destatis, name, adjective]))(
    '%s: Destatis %s, "%s", "%s"',
    (code, destatis, name, adjective) => {
      const planned = plannedFor(code, select);
      if (!planned.ok || !('option' in planned.value)) throw new Error(`no option planned for ${code}`);
      const option = planned.value.option;
      expect(LISTS.destatisNames[chooseOption(LISTS.destatisNames, option)]).toEqual({ value: destatis, text: name });
      expect(LISTS.destatisAdjectives[chooseOption(LISTS.destatisAdjectives, option)]?.value).toBe(destatis);
      expect(LISTS.adjectivesOnly[chooseOption(LISTS.adjectivesOnly, option)]?.text).toBe(adjective);
      const iso = COUNTRY_TABLE.find(([alpha2]) => alpha2 === code);
      const chosen = LISTS.isoNumeric[chooseOption(LISTS.isoNumeric, option)];
      // Kosovo and the stateless have no ISO number: such a list has nothing to pick for them.
      expect(chosen?.value).toBe(iso?.[2]);
      expect(plannedFor(code, textField)).toEqual({ ok: true, value: { text: adjective } });
    },
  );

  it('never takes a Destatis key for an ISO number: a Chilean in a Destatis list is Chile (332), not Polen (152)', () => {
    const planned = plannedFor('CL', select);
    if (!planned.ok || !('option' in planned.value)) throw new Error('no option');
    expect(LISTS.destatisNames[chooseOption(LISTS.destatisNames, planned.value.option)]).toEqual({ value: '332', text: 'Chile' });
  });

  it('picks a bare-number list by number, as before', () => {
    const planned = plannedFor('TR', select);
    if (!planned.ok || !('option' in planned.value)) throw new Error('no option');
    expect(
      chooseOption(
        [
          { value: '', text: '' },
          { value: '163', text: '' },
        ],
        planned.value.option,
      ),
    ).toBe(1);
  });
});
