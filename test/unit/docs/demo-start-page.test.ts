import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PORTALS } from '../../../shared/domain/shipped-portals.ts';
import { PROJECT_ROOT } from '../../support/project-paths.ts';

/** The start page `npm start` opens: what a citizen trying Amtspass sees first. */
const page = readFileSync(join(PROJECT_ROOT, 'test/fixtures/demo/index.html'), 'utf8');
const links = [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string);

describe('the demo start page', () => {
  it("links only to connected portals (the hostile test pages stay out of the citizen's demo)", () => {
    const origins = new Set(SHIPPED_PORTALS.flatMap((p) => p.origins));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => !origins.has(new URL(href).origin))).toEqual([]);
    expect(page).not.toMatch(/evil|Angreifer/i);
  });

  it('walks the newcomer through sign-in, fill and every tab of the popup', () => {
    const steps = page.slice(page.indexOf('id="first-steps"'), page.indexOf('</ol>'));
    for (const part of ['Anmelden', 'Diese Seite ausfüllen', '„Daten“', '„Freigaben“', '„Datenzugriff“']) expect(steps).toContain(part);
  });
});
