// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../../../extension/content/collect/collect-page.ts';

const read = async (html: string) => {
  document.body.innerHTML = html;
  return (await collectPage(document)).snapshot;
};

describe('collect: layouts that carry labels and sections elsewhere', () => {
  it('reads a floating label after the control, before a hint text further up', async () => {
    const snapshot = await read(
      '<form><div><small>Pflichtangabe</small><div><input name="a" placeholder=" "><label>Vorname</label></div></div><div><label>Nachname</label><input name="b"></div></form>',
    );
    expect(snapshot.fields.map((f) => [f.label, f.labelSource])).toEqual([
      ['Vorname', 'following'],
      ['Nachname', 'preceding'],
    ]);
  });

  it('reads the column header of a table that compares persons, and a spanning row as a section title', async () => {
    const snapshot = await read(`<form><table>
      <tr><th colspan="3">Sorgeberechtigte</th></tr>
    </table><table><thead><tr><th></th><th>Elternteil 1</th><th>Elternteil 2</th></tr></thead>
      <tbody><tr><td>Vorname</td><td><input name="v1"></td><td><input name="v2"></td></tr></tbody></table></form>`);
    expect(snapshot.fields.map((f) => [f.label, f.column, f.heading])).toEqual([
      ['Vorname', 'Elternteil 1', 'Sorgeberechtigte'],
      ['Vorname', 'Elternteil 2', 'Sorgeberechtigte'],
    ]);
  });

  it("reads the texts of a person's row in a table of persons, without the other cells' controls", async () => {
    const snapshot =
      await read(`<form><table><thead><tr><th>Nr.</th><th>Familienname</th><th>Vorname</th><th>Verhältnis</th></tr></thead><tbody>
      <tr><td>1</td><td><input name="n1" aria-label="Familienname"></td><td><input name="v1"></td><td>Antragsteller/in</td></tr>
      <tr><td>2</td><td><input name="n2"></td><td><input name="v2"></td><td><select name="r2"><option>Kind</option></select></td></tr>
    </tbody></table><table><tr><td>Vorname</td><td><input name="plain"></td></tr></table></form>`);
    expect(snapshot.fields.map((f) => [f.name, f.row])).toEqual([
      ['n1', '1 Antragsteller/in'],
      ['v1', '1 Antragsteller/in'],
      ['n2', '2'],
      ['v2', '2'],
      ['r2', '2'],
      // A layout table without a header row is no table of persons.
      ['plain', ''],
    ]);
  });

  it("reads a block styled as a section title (a panel's heading), but not a radio group's question or a site header with links", async () => {
    const snapshot = await read(`<div class="site-header"><a href="/">Serviceportal</a> Startseite</div><form>
      <div class="panel"><div class="panel-heading">Personensorgeberechtigte/r 2</div><div class="panel-body"><label>Vorname<input name="a"></label>
      <div role="radiogroup"><span class="gv-title">Geschlecht</span><label><input type="radio" name="g" value="w"> weiblich</label></div></div></div></form>`);
    expect(snapshot.fields.map((f) => [f.name, f.heading])).toEqual([
      ['a', 'Personensorgeberechtigte/r 2'],
      ['g', 'Personensorgeberechtigte/r 2'],
    ]);
  });

  it.each([
    ['a camel-case class (formcycle)', 'XContainerTitle'],
    ['a CSS module', 'Form_sectionTitle__x1Y2z'],
    ['a camel-case heading', 'panelHeading'],
  ])('reads a section title styled by %s, but not a header part of the same style', async (_, titleClass) => {
    const snapshot = await read(`<form><div class="${titleClass}">2. Entwurfsverfasserin</div><label>Name<input name="a"></label>
      <div class="pageHeaderNav">Menü</div><label>Ort<input name="b"></label></form>`);
    expect(snapshot.fields.map((f) => [f.name, f.heading])).toEqual([
      ['a', '2. Entwurfsverfasserin'],
      ['b', '2. Entwurfsverfasserin'],
    ]);
  });

  it("reads a component library's title element, but not the description beside it in the same header", async () => {
    const snapshot = await read(`<form><mat-accordion><mat-expansion-panel><mat-expansion-panel-header role="button">
      <mat-panel-title class="mat-expansion-panel-header-title">Haushaltsangehörige Person 2</mat-panel-title>
      <mat-panel-description class="mat-expansion-panel-header-description">Ehegatte, Lebenspartner oder Kind</mat-panel-description>
      </mat-expansion-panel-header><div><label for="v">Vorname</label><input id="v" name="a"></div></mat-expansion-panel>
      <mat-card><mat-card-title>Angaben zum Kind</mat-card-title><label for="w">Vorname</label><input id="w" name="b"></mat-card></mat-accordion></form>`);
    expect(snapshot.fields.map((f) => [f.name, f.heading])).toEqual([
      ['a', 'Haushaltsangehörige Person 2'],
      ['b', 'Angaben zum Kind'],
    ]);
  });

  it("reads an accordion's header as the title of the fields it opens, never a help toggle or a menu button", async () => {
    const snapshot = await read(`<h2>Angaben zum Kind</h2><form>
      <button type="button" aria-expanded="false" aria-controls="hilfe">Was ist die Steuer-ID?</button><div id="hilfe">Die elfstellige Nummer …</div>
      <label for="a">Vorname</label><input id="a" name="a">
      <details><summary>Mehr erfahren</summary><p>Hinweise</p></details>
      <label for="b">Steuer-ID</label><input id="b" name="b">
      <button type="button" aria-expanded="true" aria-controls="p2">Kind 2</button><div id="p2"><label for="c">Vorname</label><input id="c" name="c"></div>
      <details open><summary>Weitere Person</summary><label for="d">Vorname</label><input id="d" name="d"></details></form>`);
    expect(snapshot.fields.map((f) => [f.name, f.heading])).toEqual([
      ['a', 'Angaben zum Kind'],
      ['b', 'Angaben zum Kind'],
      ['c', 'Kind 2'],
      ['d', 'Weitere Person'],
    ]);
    // The accordion's header stays an action as well (a sign-in method is often one).
    expect(snapshot.actions).toContain('Kind 2');
  });

  it('names a group by its aria-label when nothing else names it', async () => {
    const snapshot = await read(
      '<form><div role="group" aria-label="Date of birth"><label>Month<select name="m"><option>Jan</option></select></label></div></form>',
    );
    expect(snapshot.fields.map((f) => [f.label, f.legend])).toEqual([['Month', 'Date of birth']]);
  });

  it("labels a web component's single shadow control from its host, in the host's form", async () => {
    document.body.innerHTML = '<form method="post"><x-field label="E-Mail-Adresse"></x-field><button>Anmelden</button></form>';
    const host = document.querySelector('x-field') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = '<input name="mail">';
    const { snapshot } = await collectPage(document);
    expect(snapshot.fields.map((f) => [f.name, f.label, f.form, f.inShadow])).toEqual([['mail', 'E-Mail-Adresse', 0, true]]);
    expect(snapshot.forms[0]?.buttons).toEqual(['Anmelden']);
  });

  it('counts an input type=submit as an action (an eID button on an ASP.NET page)', async () => {
    const snapshot = await read('<form><input type="submit" name="ctl00$eid" value="Online-Ausweis verwenden"></form>');
    expect(snapshot.actions).toContain('Online-Ausweis verwenden');
  });
});
