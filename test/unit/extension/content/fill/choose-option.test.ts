import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../../../../extension/content/fill/choose-option.ts';

const options = (...pairs: [string, string][]) => pairs.map(([value, text]) => ({ value, text }));

/** Options × what is wanted → the index picked; -1 means "leave it": a guess is worse than an empty field. */
const table: { name: string; options: { value: string; text: string }[]; wanted: Parameters<typeof chooseOption>[1]; expected: number }[] =
  [
    {
      name: 'by value, case-insensitive',
      options: options(['', 'Bitte wählen'], ['W', 'weiblich'], ['M', 'männlich']),
      wanted: { values: ['w'], texts: [] },
      expected: 1,
    },
    {
      name: 'by folded text when no value matches',
      options: options(['1', 'Männlich'], ['2', 'Weiblich']),
      wanted: { values: ['female'], texts: ['weiblich'] },
      expected: 1,
    },
    {
      name: 'value before text',
      options: options(['x', 'weiblich'], ['female', 'Frau']),
      wanted: { values: ['female'], texts: ['weiblich'] },
      expected: 1,
    },
    { name: 'an empty option value never matches', options: options(['', 'weiblich']), wanted: { values: [''], texts: [] }, expected: -1 },
    {
      name: 'text starting with the wanted word',
      options: options(['a', 'Deutschland (DE)'], ['b', 'Dänemark']),
      wanted: { values: [], texts: ['deutschland'] },
      expected: 0,
    },
    {
      name: 'short words do not match by prefix',
      options: options(['a', 'Frau Dr.']),
      wanted: { values: [], texts: ['fra'] },
      expected: -1,
    },
    {
      name: 'nothing fits: -1',
      options: options(['1', 'Ja'], ['2', 'Nein']),
      wanted: { values: ['female'], texts: ['weiblich'] },
      expected: -1,
    },
    // Destatis 152 is Polen, ISO 152 is Chile: a number counts only where the text agrees.
    {
      name: "a shared number with another country's text is refused",
      options: options(['152', 'Polen']),
      wanted: { values: ['152'], texts: ['chile'], numbersNeedText: true },
      expected: -1,
    },
    {
      name: 'a shared number with the right text is taken',
      options: options(['152', 'Polen'], ['332', 'Chile']),
      wanted: { values: ['332', '152'], texts: ['chile'], numbersNeedText: true },
      expected: 1,
    },
    {
      name: 'a number whose option says nothing else is taken',
      options: options(['000', '000'], ['040', '']),
      wanted: { values: ['040'], texts: ['oesterreich'], numbersNeedText: true },
      expected: 1,
    },
    {
      name: 'letter codes need no text',
      options: options(['AT', 'Republik Österreich']),
      wanted: { values: ['at'], texts: ['oesterreich'], numbersNeedText: true },
      expected: 0,
    },
  ];

describe('chooseOption', () => {
  for (const row of table) it(row.name, () => expect(chooseOption(row.options, row.wanted)).toBe(row.expected));
});
