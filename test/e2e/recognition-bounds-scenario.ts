import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { classifyInPage } from '../../bench/classify-in-page.ts';
import { HOSTILE_LABEL_SCRIPT, syntheticForm } from '../../bench/synthetic-form.ts';
import {
  MAX_NODES,
  MAX_RECLASSIFICATIONS_PER_WINDOW,
  MAX_SHADOW_DEPTH,
  RECLASSIFY_WINDOW_MS,
} from '../../extension/content/collect/collect-limits.ts';
import { MAX_FIELDS } from '../../extension/content/collect/page-snapshot.ts';
import { PROJECT_ROOT } from '../support/project-paths.ts';
import type { E2eTab } from './e2e-browser.ts';

/** Replaces the tab's document with `html` (a whole page or a body fragment). */
const setContent = (page: E2eTab, html: string): Promise<unknown> =>
  page.evaluate(`(() => { document.open(); document.write(${JSON.stringify(html)}); document.close(); })()`);

/**
 * Hostile or absurd pages: collection stays bounded by what can be counted (fields, nodes, runs), never
 * by the clock, so these hold on the slowest machine. Speed is measured in bench/.
 */
export function recognitionBoundsScenario(tab: () => E2eTab): void {
  it('reads a 50,000-element page up to its field cap, in slices', async () => {
    const page = tab();
    await setContent(page, `<h1>Liste</h1><form>${'<div><span>Eintrag</span><input name="x"></div>'.repeat(12_500)}</form>`);
    const result = await classifyInPage(page);
    expect(result.snapshot.truncated).toBe(true);
    expect(result.snapshot.fields).toHaveLength(MAX_FIELDS);
    expect(result.stats.nodesVisited).toBeLessThanOrEqual(MAX_NODES);
    expect(result.stats.slices).toBeGreaterThan(1);
    expect(result.result.kind).toBe('none');
  });

  it.each([500, 5_000])('collects a %i-field form whole (up to the field cap), however slow the machine', async (n) => {
    const page = tab();
    await setContent(page, syntheticForm(n));
    const result = await classifyInPage(page);
    expect(result.snapshot.fields).toHaveLength(Math.min(n, MAX_FIELDS));
    expect(result.snapshot.truncated).toBe(n > MAX_FIELDS);
  });

  it('stops at a bounded depth of nested shadow roots', async () => {
    const page = tab();
    await setContent(page, '<div id="host"></div>');
    await page.evaluate(`(() => {
      let host = document.getElementById('host');
      for (let i = 0; i < 1000; i++) {
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = '<label for="v">Vorname</label><input id="v"><div></div>';
        host = root.querySelector('div');
      }
    })()`);
    const result = await classifyInPage(page);
    expect(result.snapshot.fields.length).toBeLessThanOrEqual(MAX_SHADOW_DEPTH + 1);
    expect(result.snapshot.fields.every((f) => f.inShadow)).toBe(true);
    expect(result.stats.nodesVisited).toBeLessThanOrEqual(4 * (MAX_SHADOW_DEPTH + 1) + 10);
  });

  it('keeps megabyte-long labels to 200 characters', async () => {
    const page = tab();
    await setContent(
      page,
      '<form><label for="a" id="l"></label><input id="a" name="a"><label for="b">Nachname</label><input id="b" name="b"></form>',
    );
    await page.evaluate(`document.getElementById('l').textContent = 'Vorname ' + 'x'.repeat(2000000)`);
    const result = await classifyInPage(page);
    expect(result.snapshot.fields[0]?.label.length).toBeLessThanOrEqual(200);
    expect(result.snapshot.fields[0]?.label.startsWith('Vorname')).toBe(true);
    expect(result.snapshot.fields[1]?.label).toBe('Nachname');
  });

  it('reads a label wrapping 500 inputs and 300,000 hidden elements, every field, bounded', async () => {
    const page = tab();
    await setContent(page, '<form><label id="wrap">Auswahl </label></form>');
    await page.evaluate(HOSTILE_LABEL_SCRIPT);
    const result = await classifyInPage(page);
    expect(result.snapshot.fields).toHaveLength(500);
    expect(result.snapshot.fields.every((f) => f.label === 'Auswahl')).toBe(true);
    expect(result.stats.nodesVisited).toBeLessThanOrEqual(MAX_NODES);
  });

  it('bounds how often a form that rebuilds itself in a loop is classified, and gives up', async () => {
    const page = tab();
    await setContent(page, '<form id="f"><label for="v">Vorname</label><input id="v"></form>');
    await page.evaluate(`(() => {
      window.__rebuild = setInterval(() => {
        document.getElementById('f').innerHTML = '<label for="v">Vorname</label><input id="v" name="v' + Math.random() + '">';
      }, 100);
    })()`);
    const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'classify', 'amtspass-classify.js'), 'utf8');
    // Watches until the breaker gives up (at most 60 s on the busiest machine); the bound is counted.
    const watched = await page.evaluate<{ runs: number[]; gaveUp: boolean }>(
      `(() => { ${bundle}; return AmtspassClassify.watch(60000); })()`,
    );
    await page.evaluate('clearInterval(window.__rebuild)');
    expect(watched.runs.length).toBeGreaterThanOrEqual(1);
    for (const [i, start] of watched.runs.entries()) {
      expect(watched.runs.slice(i).filter((t) => t - start <= RECLASSIFY_WINDOW_MS).length).toBeLessThanOrEqual(
        MAX_RECLASSIFICATIONS_PER_WINDOW,
      );
    }
    expect(watched.gaveUp).toBe(true);
  }, 90_000);
}
