import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../../../../extension/content/collect/page-snapshot.ts';
import type { PlanResult } from '../../../../../extension/content/fill/fill-values.ts';
import { chooseOption } from '../../../../../extension/content/fill/choose-option.ts';
import { planFieldValue } from '../../../../../extension/content/fill/plan-field-value.ts';
import type { AttributeId, FieldKind } from '../../../../../shared/vocabulary/attribute-ids.ts';
import { countryFormsFor } from '../../../../../shared/vocabulary/country-forms.ts';
import { fieldSnapshot } from '../../../../support/field-snapshot.ts';

const field = fieldSnapshot;
const select = (label = ''): FieldSnapshot => field({ tag: 'select', type: 'select-one', label });
const ERIKA: Partial<Record<AttributeId, string>> = {
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthDate: '1964-08-12',
  street: 'Heidestraße',
  houseNumber: '17',
  country: 'AT',
  nationality: 'DE',
  gender: 'female',
  salutation: 'frau',
  validUntil: '2031-10-31',
};
const text = (value: string): PlanResult => ({ ok: true, value: { text: value } });

/** Kind × field shape × stored values → the value the field gets (docs/ATTRIBUTES.md §5). */
const table: {
  name: string;
  kind: FieldKind;
  field: FieldSnapshot;
  attributes?: Partial<Record<AttributeId, string>>;
  without?: AttributeId[];
  expected: PlanResult | ((r: PlanResult) => void);
}[] = [
  { name: 'a plain value as stored', kind: 'givenNames', field: field(), expected: text('Erika') },
  { name: 'nothing stored: no value, never an empty write', kind: 'email', field: field(), expected: { ok: false, reason: 'no-value' } },
  { name: 'a date as TT.MM.JJJJ in a text field', kind: 'birthDate', field: field(), expected: text('12.08.1964') },
  { name: 'a date as ISO in type=date', kind: 'birthDate', field: field({ type: 'date' }), expected: text('1964-08-12') },
  {
    name: 'a date as ISO where the placeholder asks for JJJJ-MM-TT',
    kind: 'validUntil',
    field: field({ placeholder: 'JJJJ-MM-TT' }),
    expected: text('2031-10-31'),
  },
  {
    name: 'a partial date cannot fill a full date field',
    kind: 'birthDate',
    field: field(),
    attributes: { birthDate: '1964-08' },
    expected: { ok: false, reason: 'partial-date' },
  },
  { name: 'the day of a three-part date, padded', kind: 'birthDate.day', field: field(), expected: text('12') },
  {
    name: 'the month in a one-character box, unpadded',
    kind: 'birthDate.month',
    field: field({ maxLength: 1 }),
    attributes: { birthDate: '1964-03-02' },
    expected: text('3'),
  },
  {
    name: 'the year of a year-only date',
    kind: 'birthDate.year',
    field: field(),
    attributes: { birthDate: '1964' },
    expected: text('1964'),
  },
  {
    name: 'no day in a year-only date',
    kind: 'birthDate.day',
    field: field(),
    attributes: { birthDate: '1964' },
    expected: { ok: false, reason: 'partial-date' },
  },
  {
    name: 'a month select matches value or German month name',
    kind: 'birthDate.month',
    field: select(),
    expected: (r) =>
      expect(r.ok && 'option' in r.value ? r.value.option.texts : null).toEqual(expect.arrayContaining(['august', '08', '8'])),
  },
  { name: 'street and number joined', kind: 'streetAndNumber', field: field(), expected: text('Heidestraße 17') },
  { name: 'a full name, given name first', kind: 'fullName', field: field({ label: 'Ihr Name' }), expected: text('Erika Mustermann') },
  {
    name: 'a full name, family name first where the label says so',
    kind: 'fullName',
    field: field({ label: 'Name, Vorname' }),
    expected: text('Mustermann, Erika'),
  },
  {
    name: 'a full name needs both parts',
    kind: 'fullName',
    field: field(),
    without: ['familyName'],
    expected: { ok: false, reason: 'no-value' },
  },
  { name: 'a country by its German name in a text field', kind: 'country', field: field(), expected: text('Österreich') },
  { name: 'a nationality as the adjective in a text field', kind: 'nationality', field: field(), expected: text('deutsch') },
  {
    name: 'a country select by codes and names, numbers checked against the text',
    kind: 'country',
    field: select(),
    expected: (r) => {
      const option = r.ok && 'option' in r.value ? r.value.option : null;
      expect(option?.values).toEqual(expect.arrayContaining(['AT', '040']));
      expect(option?.numbersNeedText).toBe(true);
    },
  },
  {
    name: 'Geschlecht by option value or text',
    kind: 'gender',
    field: select(),
    expected: (r) => expect(r.ok && 'option' in r.value ? r.value.option.texts : null).toContain('weiblich'),
  },
  { name: 'Anrede is never typed into a text field', kind: 'salutation', field: field(), expected: { ok: false, reason: 'unsupported' } },
  {
    name: 'an unknown stored choice fills nothing',
    kind: 'gender',
    field: select(),
    attributes: { gender: 'toString' },
    expected: { ok: false, reason: 'no-value' },
  },
  {
    name: "the card's document code is written as the form says it",
    kind: 'documentType',
    field: field(),
    attributes: { documentType: 'ID' },
    expected: text('Personalausweis'),
  },
  {
    name: 'a residence permit is picked from a select by its name',
    kind: 'documentType',
    field: select(),
    attributes: { documentType: 'AR' },
    expected: (r) => expect(r.ok && 'option' in r.value ? r.value.option.texts : null).toContain('aufenthaltstitel'),
  },
  {
    name: 'a document radio button gets an option, never text',
    kind: 'documentType',
    field: field({ type: 'radio' }),
    attributes: { documentType: 'ID' },
    expected: (r) => expect(r.ok && 'option' in r.value ? r.value.option.values : null).toContain('personalausweis'),
  },
  {
    name: 'an unknown document type is not guessed',
    kind: 'documentType',
    field: field(),
    attributes: { documentType: 'constructor' },
    expected: { ok: false, reason: 'no-value' },
  },
];

describe('planFieldValue', () => {
  for (const row of table) {
    it(row.name, () => {
      const attributes = Object.fromEntries(
        Object.entries({ ...ERIKA, ...row.attributes }).filter(([id]) => !row.without?.includes(id as AttributeId)),
      );
      const planned = planFieldValue(row.kind, row.field, { attributes, countries: countryFormsFor(attributes) });
      if (typeof row.expected === 'function') row.expected(planned);
      else expect(planned).toEqual(row.expected);
    });
  }

  it('a credential goes only where the kind asks for it', () => {
    const values = { attributes: ERIKA, credential: { username: 'erika', password: 'geheim' } };
    expect(planFieldValue('username', field(), values)).toEqual(text('erika'));
    expect(planFieldValue('password', field({ type: 'password' }), values)).toEqual(text('geheim'));
    expect(planFieldValue('password', field(), { attributes: ERIKA })).toEqual({ ok: false, reason: 'no-value' });
  });

  it('a numbered option counts only where its text agrees: months from 0, sexes coded either way', () => {
    const pick = (kind: FieldKind, options: [string, string][]): string | null => {
      const planned = planFieldValue(kind, select(), { attributes: ERIKA, countries: countryFormsFor(ERIKA) });
      if (!planned.ok || !('option' in planned.value)) return null;
      const list = options.map(([value, text]) => ({ value, text }));
      return list[chooseOption(list, planned.value.option)]?.text ?? null;
    };
    const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
    // Liferay's birthday month: value 0 is Januar.
    expect(
      pick(
        'birthDate.month',
        months.map((m, i) => [String(i), m]),
      ),
    ).toBe('August');
    expect(
      pick(
        'birthDate.month',
        months.map((m, i) => [String(i + 1), m]),
      ),
    ).toBe('August');
    expect(
      pick(
        'birthDate.month',
        months.map((_, i) => [String(i + 1), String(i + 1)]),
      ),
    ).toBe('8');
    expect(
      pick('gender', [
        ['1', 'weiblich'],
        ['2', 'männlich'],
      ]),
    ).toBe('weiblich');
    expect(
      pick('gender', [
        ['1', 'Männlich'],
        ['0', 'Weiblich'],
      ]),
    ).toBe('Weiblich');
  });
});
