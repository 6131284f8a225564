/** Vertrauensniveau: niedrig, substanziell, hoch (eIDAS low, substantial, high). */
export const TRUST_LEVELS = ['low', 'substantial', 'high'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];
