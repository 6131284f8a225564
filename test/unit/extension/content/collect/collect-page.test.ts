// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPage, collectPageNow } from '../../../../../extension/content/collect/collect-page.ts';
import { MAX_NODES } from '../../../../../extension/content/collect/collect-limits.ts';
import { MAX_FIELDS } from '../../../../../extension/content/collect/page-snapshot.ts';

/**
 * A clock that moves one millisecond each time it is read: the slowest machine imaginable. The
 * collector must still finish every page, only in more slices; nothing here depends on real time.
 */
function crawlingClock() {
  let t = 0;
  let yields = 0;
  return {
    now: () => ++t,
    yieldToPage: async () => {
      yields++;
    },
    yields: () => yields,
  };
}

const form = (n: number) =>
  `<form method="post" action="/antrag">${Array.from({ length: n }, (_, i) => `<div><label for="f${i}">Feld ${i}</label><input id="f${i}" name="f${i}"></div>`).join('')}<button>Absenden</button></form>`;

describe('collectPage in slices', () => {
  it.each([50, 500, 1_999])('collects a %i-field page whole on a crawling clock, yielding between slices', async (n) => {
    document.body.innerHTML = form(n);
    const clock = crawlingClock();
    const { snapshot, stats } = await collectPage(document, { now: clock.now, yieldToPage: clock.yieldToPage });
    expect(snapshot.fields).toHaveLength(n);
    expect(snapshot.truncated).toBe(false);
    expect(snapshot.fields.at(-1)?.label).toBe(`Feld ${n - 1}`);
    expect(stats.slices).toBeGreaterThan(1);
    // Between slices, and once more before the caller classifies.
    expect(clock.yields()).toBe(stats.slices);
    expect(snapshot.forms[0]).toMatchObject({ method: 'post', buttons: ['Absenden'] });
  });

  it('stops only at the field cap, never at a deadline', async () => {
    document.body.innerHTML = form(MAX_FIELDS + 300);
    const clock = crawlingClock();
    const { snapshot } = await collectPage(document, { now: clock.now, yieldToPage: clock.yieldToPage });
    expect(snapshot.fields).toHaveLength(MAX_FIELDS);
    expect(snapshot.truncated).toBe(true);
  });

  it('stops at its node cap and says so', async () => {
    document.body.innerHTML = `<div>${'<span></span>'.repeat(5_000)}</div>${form(3)}`;
    const { snapshot, stats } = await collectPage(document, { maxNodes: 1_000 });
    expect(stats.nodesVisited).toBe(1_000);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.fields).toHaveLength(0);
    expect(MAX_NODES).toBeGreaterThanOrEqual(100_000);
  });

  it('ends early, marked truncated, when the page goes away', async () => {
    document.body.innerHTML = form(300);
    const controller = new AbortController();
    const clock = crawlingClock();
    const { snapshot } = await collectPage(document, {
      now: clock.now,
      yieldToPage: async () => controller.abort(),
      signal: controller.signal,
    });
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.fields.length).toBeLessThan(300);
  });

  it('reads one label wrapping hundreds of inputs and thousands of empty elements once, bounded', async () => {
    const hidden = '<i hidden></i>'.repeat(20_000);
    document.body.innerHTML = `<form><label>Auswahl ${hidden}${'<input type="checkbox" name="c">'.repeat(300)}</label></form>`;
    const { snapshot, stats } = await collectPage(document);
    expect(snapshot.fields).toHaveLength(300);
    expect(snapshot.fields.every((f) => f.label === 'Auswahl' && f.labelSource === 'wrap')).toBe(true);
    expect(stats.nodesVisited).toBeLessThanOrEqual(MAX_NODES);
  });

  it('keeps document order through shadow roots and frames-free nesting', async () => {
    document.body.innerHTML = '<label for="a">Vorname</label><input id="a"><div id="host"></div><label for="c">Ort</label><input id="c">';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="b">Nachname</label><input id="b">';
    const { snapshot } = await collectPage(document);
    expect(snapshot.fields.map((f) => [f.label, f.inShadow])).toEqual([
      ['Vorname', false],
      ['Nachname', true],
      ['Ort', false],
    ]);
  });

  it.each([
    'id',
    'action',
    'method',
    'elements',
    'length',
    'nodeName',
    'attributes',
    'children',
    'parentNode',
    'getAttribute',
    'lastElementChild',
    'tagName',
    'shadowRoot',
    'title',
  ])('is not misled by a control named %s (DOM clobbering)', async (name) => {
    document.body.innerHTML = `<form id="real" method="post" action="/senden"><label for="v">Vorname</label><input id="v" name="vorname"><input name="${name}" aria-label="Feld"><button>Weiter</button></form>`;
    const { snapshot } = await collectPage(document);
    expect(snapshot.fields.map((f) => f.name)).toEqual(['vorname', name]);
    expect(snapshot.forms[0]).toMatchObject({ id: 'real', method: 'post', buttons: ['Weiter'] });
    expect(snapshot.forms[0]?.action).toMatch(/\/senden$/);
  });

  // querySelectorAll itself is left to the browser test (clobbered-login.html): happy-dom's own styles call it.
  it.each(['getElementById', 'querySelector', 'forms', 'body', 'documentElement', 'title'])(
    'is not misled by a document whose own %s is replaced (a named image does that)',
    async (property) => {
      document.body.innerHTML =
        '<h2 id="t">Angaben zum Kind</h2><button type="button" aria-expanded="true" aria-controls="k">Kind 2</button>' +
        '<div id="k"><span id="v">Vorname</span><input aria-labelledby="v" name="a"><label for="n">Nachname</label><input id="n" name="b"></div>';
      const shadowing = Object.defineProperty(document, property, { value: document.createElement('img'), configurable: true });
      try {
        const { snapshot } = await collectPage(shadowing);
        expect(snapshot.fields.map((f) => [f.label, f.heading])).toEqual([
          ['Vorname', 'Kind 2'],
          ['Nachname', 'Kind 2'],
        ]);
      } finally {
        delete (document as unknown as Record<string, unknown>)[property];
      }
    },
  );

  it('collects synchronously with a node cap for the submit look', () => {
    document.body.innerHTML = form(20);
    const { snapshot, stats } = collectPageNow(document, { maxNodes: 50 });
    expect(stats.nodesVisited).toBe(50);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.fields.length).toBeGreaterThan(0);
  });
});
