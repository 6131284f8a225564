import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { attributesForKinds } from '../../extension/background/fill/attributes-for-kinds.ts';
import { isAttributeId, type AttributeId, type FieldKind } from '../../shared/vocabulary/attribute-ids.ts';
import { expectedField } from '../../bench/fixture-corpus.ts';
import { PROJECT_ROOT } from '../support/project-paths.ts';
import { expectClosed, type E2eBrowser } from './e2e-browser.ts';

const PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';
/** The citizen's typed data; the forms below ask for parts of it. */
const VALUES: Partial<Record<AttributeId, string>> = {
  salutation: 'Frau',
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  birthDate: '12.08.1964',
  placeOfBirth: 'Berlin',
  nationality: 'deutsch',
  street: 'Heidestraße',
  houseNumber: '17',
  postalCode: '51147',
  city: 'Köln',
  email: 'erika@example.de',
  phone: '0221 1234567',
};
/** Text a field of this kind must hold exactly (the stored value as typed). */
const EXACT: Partial<Record<FieldKind, string>> = {
  givenNames: 'Erika',
  familyName: 'Mustermann',
  birthName: 'Gabler',
  placeOfBirth: 'Berlin',
  street: 'Heidestraße',
  houseNumber: '17',
  postalCode: '51147',
  city: 'Köln',
  email: 'erika@example.de',
  phone: '0221 1234567',
  streetAndNumber: 'Heidestraße 17',
};

/** Every seed portal's application and registration forms, at the portal's real origin. */
export const SEED_FORMS = [
  ['kreis-herford', 'https://service.kreis-herford.de', '/-/formulare/bewohnerparkausweis'],
  ['krz-buergerserviceportal', 'https://www.buergerserviceportal.nrw', '/krz/classic/antrag/meldebescheinigung/schritt-1'],
  ['krz-buergerserviceportal', 'https://www.buergerserviceportal.nrw', '/krz/classic/antrag/meldebescheinigung/schritt-2'],
  ['servicekonto-sh', 'https://service.schleswig-holstein.de', '/Verwaltungsportal/Registrierung/Schritt2.aspx'],
  ['servicekonto-sh', 'https://service.schleswig-holstein.de', '/Verwaltungsportal/MeinBereich/Profil.aspx'],
  ['bundid', 'https://id.bund.de', '/de/registrierung'],
  ['elternbeitraege', 'https://elternbeitraege.test', '/antrag/schritt-1'],
] as const;

type Expected = Record<string, Parameters<typeof expectedField>[0]>;
const expectations = (portal: string, path: string): Expected =>
  (
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'portals', portal, 'expected.json'), 'utf8')) as Record<
      string,
      { fields: Expected }
    >
  )[path]?.fields ?? {};

/** Each visible control: name (or #id), tag, type, value before and after, and whether a select/radio changed. */
const READ = `[...document.querySelectorAll('input, select, textarea')].filter((e) => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null)
  .map((e) => ({ key: e.name || '#' + e.id, tag: e.tagName.toLowerCase(), type: e.type, value: e.type === 'radio' || e.type === 'checkbox' ? String(e.checked) : e.value }))`;

export function seedPortalsScenario(browser: () => E2eBrowser): void {
  it("sets up the citizen's data", async () => {
    expect(await browser().admin.send('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    for (const [attributeId, value] of Object.entries(VALUES))
      expect(await browser().admin.send('attribute.set', { attributeId, value }), attributeId).toMatchObject({ ok: true });
  });

  it.each(SEED_FORMS)('%s: %s%s is filled through the extension, consented in its window, field by field', async (portal, origin, path) => {
    const b = browser();
    const tab = await b.newTab(`${origin}${path}`);
    const before = await tab.evaluate<{ key: string; tag: string; type: string; value: string }[]>(READ);
    const popup = await b.openPopup(await b.tabIdOf(`${origin}/*`));
    await popup.waitFor('#fill');
    const confirm = await b.windowOpenedBy('/confirm/index.html', () => popup.click('#fill'));
    await confirm.waitFor('#approve');
    expect(await confirm.text('#portal-origin')).toBe(origin);
    await confirm.click('#approve');
    await expectClosed(confirm);

    const expected = expectations(portal, path);
    const stored = new Set(Object.keys(VALUES));
    const verdict = async (): Promise<string[]> => {
      const after = await tab.evaluate<{ key: string; tag: string; type: string; value: string }[]>(READ);
      const wrong: string[] = [];
      for (const field of after) {
        const initial = before.find((f) => f.key === field.key)?.value ?? '';
        const { kind, subject } = expectedField(expected[field.key]);
        if (field.type === 'radio' || field.type === 'checkbox' || field.type === 'hidden' || field.type === 'submit') continue;
        const fillable =
          kind !== null &&
          subject === 'self' &&
          kind !== 'username' &&
          kind !== 'password' &&
          attributesForKinds([kind as FieldKind]).every((id) => stored.has(id)) &&
          (isAttributeId(kind) || attributesForKinds([kind as FieldKind]).length > 0);
        // Not ours to fill, or the portal's own prefill: exactly as it was.
        if (!fillable || (field.tag !== 'select' && initial !== '')) {
          if (field.value !== initial) wrong.push(`${field.key}: changed to "${field.value}"`);
          continue;
        }
        const exact = EXACT[kind as FieldKind];
        if (exact !== undefined && field.tag !== 'select' && field.value !== exact)
          wrong.push(`${field.key} (${kind}): "${field.value}" instead of "${exact}"`);
        else if (field.value === '' || (field.tag === 'select' && field.value === initial))
          wrong.push(`${field.key} (${kind}): left empty`);
      }
      return wrong;
    };
    await expect.poll(verdict, { timeout: 20_000 }).toEqual([]);
    await popup.close();
    await tab.close();
  });
}
