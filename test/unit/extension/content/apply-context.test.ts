import { describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../../../../extension/content/collect/page-snapshot.ts';
import { kindsAndSubjects as read } from '../../../support/kinds-and-subjects.ts';

describe('a bare "Adresse" is the street and number only where the postcode and the city have boxes of their own', () => {
  const block = (label: string, after: Partial<FieldSnapshot>[]) => read([{ label, legend: 'Anschrift' }, ...after]);
  it.each([
    [
      'Adresse',
      [
        { label: 'Adresse 2', legend: 'Anschrift' },
        { label: 'PLZ', legend: 'Anschrift' },
        { label: 'Stadt/Ort', legend: 'Anschrift' },
      ],
    ],
    [
      'Anschrift',
      [
        { label: 'Postleitzahl', legend: 'Anschrift' },
        { label: 'Ort', legend: 'Anschrift' },
      ],
    ],
  ])('"%s" before its postcode and city', (label, after) => {
    expect(block(label, after)[0]).toBe('streetAndNumber self');
  });
  it('alone it may be the whole address in one box, and says nothing', () => {
    expect(block('Adresse', [{ label: 'E-Mail', legend: 'Kontakt' }])[0]).toBe('- -');
  });
  it('with a house number beside it, it is not the street and number', () => {
    expect(
      block('Adresse', [
        { label: 'Hausnummer', legend: 'Anschrift' },
        { label: 'PLZ', legend: 'Anschrift' },
      ])[0],
    ).not.toBe('streetAndNumber self');
  });
  it('in a textarea it stays nothing', () => {
    expect(read([{ label: 'Adresse', tag: 'textarea', type: 'textarea' }, { label: 'PLZ' }, { label: 'Ort' }])[0]).toBe('- -');
  });
});
