import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWorld, type FixtureWorld } from '../support/fixture-world.ts';
import { chromiumE2eBrowser } from './chromium-e2e-browser.ts';
import { hintScenario, setUpHint, type HintContext } from './hint-scenario.ts';

describe('in-page hint in Chromium', () => {
  let world: FixtureWorld;
  let browser: Awaited<ReturnType<typeof chromiumE2eBrowser>>;
  let context: HintContext;

  beforeAll(async () => {
    world = await startFixtureWorld();
    browser = await chromiumE2eBrowser(world);
    context = await setUpHint(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  hintScenario(() => context);

  // Chromium only: DevTools' pierce view sees into closed shadow roots; Firefox gives tests no such view,
  // and the scenario checks there what a page can reach.
  it('T17: the hint is plain DOM in a closed root with no frame, as DevTools sees it', async () => {
    await context.openForm();
    const page = browser.session.context.pages().find((p) => p.url().startsWith('https://elternbeitraege.test/'));
    if (!page) throw new Error('no form tab');
    const cdp = await browser.session.context.newCDPSession(page);
    type Node = {
      nodeName: string;
      attributes?: string[];
      children?: Node[];
      shadowRoots?: (Node & { shadowRootType?: string })[];
      contentDocument?: Node;
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const all: Node[] = [];
    const roots: string[] = [];
    const walk = (node: Node): void => {
      all.push(node);
      for (const shadow of node.shadowRoots ?? []) {
        roots.push(shadow.shadowRootType ?? '');
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    await cdp.detach();
    expect(roots).toContain('closed');
    expect(all.filter((n) => ['IFRAME', 'FRAME', 'OBJECT', 'EMBED'].includes(n.nodeName))).toEqual([]);
    expect(JSON.stringify(all.map((n) => n.attributes ?? []))).not.toContain('chrome-extension://');
  });
});
