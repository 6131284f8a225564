import { describe, expect, it } from 'vitest';
import { openedByAnotherSite } from '../../../../extension/content/opened-by-another-site.ts';

const PORTAL = 'https://service.justiz.de';
const win = (opener: unknown): Window => ({ opener, location: { origin: PORTAL } }) as unknown as Window;
const doc = (referrer: string): Document => ({ referrer }) as Document;
const crossOrigin = {
  get location(): never {
    throw new DOMException('Blocked a frame', 'SecurityError');
  },
};

describe('opened by another site', () => {
  it('is null without an opener', () => {
    expect(openedByAnotherSite(win(null), doc(''))).toBeNull();
  });

  it('is true for a cross-origin opener, and for a same-origin opener without a same-origin referrer', () => {
    expect(openedByAnotherSite(win(crossOrigin), doc(`${PORTAL}/a`))).toBe(true);
    // The opener navigated itself to the portal after opening: its referrer still names the other site, or none.
    expect(openedByAnotherSite(win({ location: { origin: PORTAL } }), doc('https://evil.test/'))).toBe(true);
    expect(openedByAnotherSite(win({ location: { origin: PORTAL } }), doc(''))).toBe(true);
  });

  it("is false for the portal's own pop-up (same-origin opener and referrer)", () => {
    expect(openedByAnotherSite(win({ location: { origin: PORTAL } }), doc(`${PORTAL}/antrag`))).toBe(false);
  });
});
