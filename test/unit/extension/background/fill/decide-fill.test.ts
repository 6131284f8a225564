import { describe, expect, it } from 'vitest';
import { decideFill, type FillDecision } from '../../../../../extension/background/fill/decide-fill.ts';
import type { FillPreview } from '../../../../../shared/protocol/tab-protocol.ts';
import type { AttributeId } from '../../../../../shared/vocabulary/attribute-ids.ts';

type Field = FillPreview['fields'][number];
const field = (kind: Field['kind'], more: Partial<Field> = {}): Field => ({
  index: 0,
  kind,
  label: kind,
  visible: true,
  prefill: null,
  subject: 'self',
  group: 0,
  ...more,
});
const form = (...fields: Field[]): FillPreview => ({ page: 'form', fields, targets: [], routes: [] });
const ids = (...list: AttributeId[]): Set<AttributeId> => new Set(list);

/** Facts in, decision out: what a fill request comes to before anything goes to the page. */
const table: {
  name: string;
  facts: Parameters<typeof decideFill>[0];
  expected: FillDecision['action'];
  reason?: string;
  kinds?: string[];
}[] = [
  {
    name: 'a login page is no form to fill',
    facts: {
      preview: { page: 'login', fields: [field('username')], targets: [], routes: [] },
      stored: ids('givenNames'),
      consented: ids(),
      hasPersons: false,
    },
    expected: 'nothing',
    reason: 'not-a-form',
  },
  {
    name: 'fields never proven visible count for nothing',
    facts: {
      preview: form(field('givenNames', { visible: false })),
      stored: ids('givenNames'),
      consented: ids('givenNames'),
      hasPersons: false,
    },
    expected: 'nothing',
    reason: 'no-visible-field',
  },
  {
    name: "login fields on a form are the sign-in's, not the fill's",
    facts: { preview: form(field('password'), field('username')), stored: ids('givenNames'), consented: ids(), hasPersons: false },
    expected: 'nothing',
    reason: 'no-visible-field',
  },
  {
    name: 'nothing stored for the kinds shown',
    facts: { preview: form(field('iban')), stored: ids('givenNames'), consented: ids('givenNames'), hasPersons: false },
    expected: 'nothing',
    reason: 'no-stored-value',
  },
  {
    name: 'locked: the window unlocks first',
    facts: { preview: form(field('givenNames')), stored: null, consented: ids(), hasPersons: false },
    expected: 'ask',
    reason: 'locked',
  },
  {
    name: 'locked and no form: nothing (the caller answers LOCKED)',
    facts: { preview: form(), stored: null, consented: ids(), hasPersons: false },
    expected: 'nothing',
    reason: 'no-visible-field',
  },
  {
    name: 'a first disclosure asks',
    facts: {
      preview: form(field('givenNames'), field('familyName')),
      stored: ids('givenNames', 'familyName'),
      consented: ids('givenNames'),
      hasPersons: false,
    },
    expected: 'ask',
    reason: 'first-disclosure',
  },
  {
    name: "all consented: fills the citizen's kinds",
    facts: {
      preview: form(field('givenNames'), field('familyName')),
      stored: ids('givenNames', 'familyName'),
      consented: ids('givenNames', 'familyName'),
      hasPersons: false,
    },
    expected: 'fill',
    kinds: ['givenNames', 'familyName'],
  },
  {
    name: 'consent for the stored ones is enough; kinds without a value stay empty',
    facts: {
      preview: form(field('givenNames'), field('iban')),
      stored: ids('givenNames'),
      consented: ids('givenNames'),
      hasPersons: false,
    },
    expected: 'fill',
    kinds: ['givenNames', 'iban'],
  },
  {
    name: 'a combined kind needs consent for every part',
    facts: { preview: form(field('streetAndNumber')), stored: ids('street', 'houseNumber'), consented: ids('street'), hasPersons: false },
    expected: 'ask',
    reason: 'first-disclosure',
  },
  {
    name: "a child's section with persons stored: the citizen chooses, every time",
    facts: {
      preview: form(field('givenNames'), field('givenNames', { subject: 'child', group: 1 })),
      stored: ids('givenNames'),
      consented: ids('givenNames'),
      hasPersons: true,
    },
    expected: 'ask',
    reason: 'household',
  },
  {
    name: "a child's section without persons: the citizen's own fields only",
    facts: {
      preview: form(field('givenNames'), field('birthDate', { subject: 'child', group: 1 })),
      stored: ids('givenNames', 'birthDate'),
      consented: ids('givenNames'),
      hasPersons: false,
    },
    expected: 'fill',
    kinds: ['givenNames'],
  },
];

describe('decide-fill', () => {
  for (const row of table) {
    it(row.name, () => {
      const decision = decideFill(row.facts);
      expect(decision.action).toBe(row.expected);
      if (row.reason) expect('reason' in decision ? decision.reason : null).toBe(row.reason);
      if (row.kinds) expect(decision.action === 'fill' ? decision.kinds : null).toEqual(row.kinds);
    });
  }

  it('sends the window only the visible fields that are not login fields', () => {
    const decision = decideFill({
      preview: form(field('givenNames'), field('familyName', { visible: false }), field('password')),
      stored: ids('givenNames'),
      consented: ids(),
      hasPersons: false,
    });
    expect(decision.action === 'ask' ? decision.fields.map((f) => f.kind) : null).toEqual(['givenNames']);
  });
});
