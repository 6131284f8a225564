import { createAttributeStore } from './attribute-store.ts';
import { createAuditStore } from './audit-store.ts';
import { createConsentStore } from './consent-store.ts';
import { createCredentialStore } from './credential-store.ts';
import type { VaultDb } from './db.ts';
import { createRecordStore } from './record-store.ts';
import { createPersonStore } from './person-store.ts';
import { createSectionChoiceStore } from './section-choice-store.ts';
import { createSettingsStore } from './settings-store.ts';

/** Every store over one open vault database. */
export function createVaultStores(db: VaultDb, now: () => number) {
  const records = createRecordStore(db);
  const attributes = createAttributeStore(records, now);
  return {
    db,
    records,
    attributes,
    persons: createPersonStore(records, attributes, now),
    sectionChoices: createSectionChoiceStore(records, now),
    credentials: createCredentialStore(records, now),
    consents: createConsentStore(records, now),
    settings: createSettingsStore(records),
    audit: createAuditStore(db),
  };
}

export type VaultStores = ReturnType<typeof createVaultStores>;
