// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ancestorsBelow, NO_ANCESTORS, within } from '../../../../../extension/content/collect/ancestors.ts';
import { collectPage } from '../../../../../extension/content/collect/collect-page.ts';

describe('ancestors carried down the collect walk', () => {
  it('an element that is no label, group or cell passes the same object down', () => {
    const div = document.createElement('div');
    expect(ancestorsBelow(NO_ANCESTORS, div, 'DIV', null, 3)).toBe(NO_ANCESTORS);
  });

  it.each([
    ['LABEL', null, 'label'],
    ['FIELDSET', null, 'group'],
    ['DIV', 'radiogroup', 'group'],
    ['DIV', 'group', 'group'],
    ['TH', null, 'cell'],
  ] as const)('%s (role %s) becomes the nearest %s', (tag, role, slot) => {
    const element = document.createElement(tag.toLowerCase());
    const below = ancestorsBelow(NO_ANCESTORS, element, tag, role, 5);
    expect(below[slot]).toBe(element);
    expect(below[`${slot}Depth`]).toBe(5);
  });

  it('a TD is both the cell and the data cell; a TH only the cell', () => {
    const td = document.createElement('td');
    const th = document.createElement('th');
    expect(ancestorsBelow(NO_ANCESTORS, td, 'TD', null, 1).td).toBe(td);
    expect(ancestorsBelow(NO_ANCESTORS, th, 'TH', null, 1).td).toBeNull();
  });

  it('an ancestor counts only within its number of levels', () => {
    const label = document.createElement('label');
    expect(within(label, 2, 10, 8)).toBe(label);
    expect(within(label, 1, 10, 8)).toBeNull();
  });

  it('reads the same labels, groups and cells as looking upwards from each control did', async () => {
    document.body.innerHTML = `<form>
      <fieldset><legend>Angaben zum Kind</legend><label>Vorname <span><input name="a"></span></label></fieldset>
      <div role="group" aria-label="Geburtsdatum"><input name="b" placeholder="TT"></div>
      <table><thead><tr><th></th><th>Elternteil 2</th></tr></thead><tbody><tr><td>Nachname</td><td><div><input name="c"></div></td></tr></tbody></table>
      <input name="d" placeholder="E-Mail"></form>`;
    const { snapshot } = await collectPage(document);
    expect(snapshot.fields.map((f) => [f.name, f.label, f.labelSource, f.legend, f.column])).toEqual([
      ['a', 'Vorname', 'wrap', 'Angaben zum Kind', ''],
      ['b', 'TT', 'placeholder', 'Geburtsdatum', ''],
      ['c', 'Nachname', 'table', '', 'Elternteil 2'],
      ['d', 'E-Mail', 'placeholder', '', ''],
    ]);
  });
});
