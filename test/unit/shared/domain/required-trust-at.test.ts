import { describe, expect, it } from 'vitest';
import { requiredTrustAt } from '../../../../shared/domain/required-trust-at.ts';
import { SHIPPED_PORTALS } from '../../../../shared/domain/shipped-portals.ts';

const portal = {
  requiredTrust: 'low' as const,
  services: [
    { path: '/antrag', name: 'Anträge', requiredTrust: 'substantial' as const },
    { path: '/antrag/wohngeld/', name: 'Wohngeld', requiredTrust: 'high' as const },
  ],
};

describe('requiredTrustAt: the level a page needs (docs/PORTALS.md §16)', () => {
  it.each([
    ['/', 'low', null],
    ['/antrag', 'substantial', 'Anträge'],
    ['/antrag/kita', 'substantial', 'Anträge'],
    // The most specific service wins; a trailing slash in the registry changes nothing.
    ['/antrag/wohngeld', 'high', 'Wohngeld'],
    ['/antrag/wohngeld/schritt-2', 'high', 'Wohngeld'],
    // A prefix must end at a path boundary: "/antragsuebersicht" is not below "/antrag".
    ['/antragsuebersicht', 'low', null],
    ['/antrag/wohngeldrechner', 'substantial', 'Anträge'],
  ] as const)('%s → %s', (pathname, trust, service) => {
    expect(requiredTrustAt(portal, pathname)).toEqual({ trust, service });
  });

  it('a portal without services has its own level everywhere', () => {
    expect(requiredTrustAt({ requiredTrust: 'substantial' }, '/irgendwo')).toEqual({ trust: 'substantial', service: null });
  });

  it('BundID\'s account page that raises the level needs "hoch"; its login needs "niedrig"', () => {
    const bundid = SHIPPED_PORTALS.find((p) => p.id === 'bundid');
    expect(bundid && requiredTrustAt(bundid, '/de/konto/vertrauensniveau')).toEqual({ trust: 'high', service: 'Vertrauensniveau erhöhen' });
    expect(bundid && requiredTrustAt(bundid, '/de/login')).toEqual({ trust: 'low', service: null });
    expect(bundid?.trustUpgradePath).toBe('/de/konto/vertrauensniveau');
  });
});
