/** An offer lives this long; then it is dropped unsaved. */
export const OFFER_TTL_MS = 10 * 60_000;

export interface CredentialOffer {
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  readonly at: number;
}

/**
 * Sign-ins the citizen typed by hand, waiting for "Speichern" in the popup (never saved silently).
 * Kept in the worker's memory only, on purpose: a password must not wait in any storage area, and a
 * stopped worker simply loses the offer, the safe way to fail. One offer per tab.
 */
export function createCredentialOffers(now: () => number) {
  const offers = new Map<number, CredentialOffer>();
  return {
    put(tabId: number, offer: Omit<CredentialOffer, 'at'>): void {
      offers.set(tabId, { ...offer, at: now() });
    },
    peek(tabId: number): CredentialOffer | undefined {
      const offer = offers.get(tabId);
      if (offer && now() - offer.at > OFFER_TTL_MS) offers.delete(tabId);
      return offers.get(tabId);
    },
    take(tabId: number): CredentialOffer | undefined {
      const offer = this.peek(tabId);
      offers.delete(tabId);
      return offer;
    },
  };
}

export type CredentialOffers = ReturnType<typeof createCredentialOffers>;
