import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './project-paths.ts';

/**
 * Every browser test runs in both browsers, or says here why not: coverage of Chromium and Firefox must
 * not drift apart again. A pair is a `<name>-chromium.e2e.test.ts` and a `<name>-firefox.e2e.test.ts`.
 */
const ONE_BROWSER_ONLY: Readonly<Record<string, string>> = {
  'consent-expiry-firefox':
    'Firefox stops an idle event page by its own timeout; the Chromium twin of this case (T19) is in consented-fill-chromium, where DevTools stops the service worker.',
};

const E2E = join(PROJECT_ROOT, 'test', 'e2e');

describe('browser twins', () => {
  const files = readdirSync(E2E).filter((f) => f.endsWith('.e2e.test.ts'));
  const named = files.map((f) => f.replace(/\.e2e\.test\.ts$/, '')).filter((n) => /-(chromium|firefox)$/.test(n));

  it('pairs every Chromium browser test with a Firefox one and the other way round, or gives the reason', () => {
    const missing = named.filter((n) => {
      const twin = n.endsWith('-chromium') ? n.replace(/-chromium$/, '-firefox') : n.replace(/-firefox$/, '-chromium');
      return !named.includes(twin) && !(n in ONE_BROWSER_ONLY);
    });
    expect(missing).toEqual([]);
  });

  it('names no exception that has a twin by now, or no longer exists', () => {
    const stale = Object.keys(ONE_BROWSER_ONLY).filter((n) => {
      const twin = n.endsWith('-chromium') ? n.replace(/-chromium$/, '-firefox') : n.replace(/-firefox$/, '-chromium');
      return !named.includes(n) || named.includes(twin);
    });
    expect(stale).toEqual([]);
  });

  it('runs each shared scenario from both browsers', () => {
    const scenarios = readdirSync(E2E)
      .filter((f) => f.endsWith('-scenario.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const users = (scenario: string, browser: string): string[] =>
      files.filter((f) => f.includes(`-${browser}.`) && readFileSync(join(E2E, f), 'utf8').includes(`./${scenario}.ts`));
    const oneSided = scenarios.filter((s) => users(s, 'chromium').length === 0 || users(s, 'firefox').length === 0);
    expect(oneSided).toEqual([]);
  });

  it('waits for conditions, not for fixed times, in browser tests', () => {
    const sleeps = readdirSync(E2E)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(join(E2E, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (/waitForTimeout\(|new Promise\(\(resolve\) => setTimeout\(resolve/.test(line) ? [`${f}:${i + 1}`] : [])),
      );
    expect(sleeps).toEqual([]);
  });
});
