import * as v from 'valibot';
import { EidActionSchema, EidRefSchema, EidStatusSchema, EidViewSchema } from './eid-messages.ts';
import { EmptySchema, HelperStatusSchema } from './native-protocol.ts';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import type { ProtocolSpec } from './protocol-spec.ts';
import { TrustStatusSchema } from './trust-messages.ts';
import * as f from './fill-messages.ts';
import * as pt from './portal-messages.ts';
import * as m from './vault-messages.ts';
import * as p from './person-messages.ts';
import { PersonSchema } from '../domain/person.ts';

const PAGES = ['popup', 'options', 'confirm'] as const;
const LanguageChoiceSchema = v.picklist(['auto', 'de', 'en']);
const MANAGE = ['popup', 'options'] as const;

/**
 * Extension pages (popup, options, confirm) → background. Privileged: never sent from a tab's page,
 * and no entry admits content scripts, so a page can never read a value, list attributes or change
 * consents. Granting consent is the confirm window's alone.
 */
export const uiProtocol = {
  'helper.status': { from: PAGES, request: EmptySchema, response: HelperStatusSchema },
  'helper.ping': { from: MANAGE, request: EmptySchema, response: v.strictObject({ roundTripMs: v.number() }) },

  'vault.status': { from: PAGES, request: EmptySchema, response: m.VaultStatusSchema },
  'vault.setup': { from: MANAGE, request: m.SetupRequestSchema, response: EmptySchema },
  'vault.unlock': { from: PAGES, request: m.UnlockRequestSchema, response: EmptySchema },
  'vault.lock': { from: PAGES, request: EmptySchema, response: EmptySchema },
  'vault.changePassphrase': { from: MANAGE, request: m.ChangePassphraseRequestSchema, response: EmptySchema },
  'settings.get': { from: MANAGE, request: EmptySchema, response: m.VaultSettingsSchema },
  'settings.set': { from: MANAGE, request: m.VaultSettingsSchema, response: m.VaultSettingsSchema },

  'person.list': { from: PAGES, request: EmptySchema, response: p.PersonListSchema },
  'person.add': { from: MANAGE, request: p.PersonAddRequestSchema, response: PersonSchema },
  /** Removes the person with every value and history entry of theirs. */
  'person.remove': { from: MANAGE, request: p.PersonRefSchema, response: EmptySchema },

  'attribute.list': { from: PAGES, request: m.AttributeListRequestSchema, response: m.AttributeListSchema },
  'attribute.set': { from: MANAGE, request: m.AttributeSetRequestSchema, response: m.AttributeListSchema.entries.attributes.item },
  'attribute.delete': { from: MANAGE, request: m.AttributeRefSchema, response: EmptySchema },
  'attribute.history': { from: MANAGE, request: m.AttributeRefSchema, response: m.AttributeHistorySchema },

  'credential.list': { from: MANAGE, request: EmptySchema, response: m.CredentialListSchema },
  'credential.save': { from: [...MANAGE, 'confirm'], request: m.CredentialSaveRequestSchema, response: m.CredentialSummarySchema },
  'credential.delete': { from: MANAGE, request: m.CredentialRefSchema, response: EmptySchema },

  'consent.list': { from: PAGES, request: EmptySchema, response: m.ConsentListSchema },
  'consent.grant': { from: ['confirm'], request: m.ConsentGrantRequestSchema, response: m.ConsentListSchema.entries.consents.item },
  'consent.revoke': { from: MANAGE, request: m.ConsentRevokeRequestSchema, response: EmptySchema },
  'consent.revokeOrigin': { from: MANAGE, request: m.ConsentOriginRefSchema, response: EmptySchema },
  'consent.revokeAll': { from: MANAGE, request: EmptySchema, response: EmptySchema },

  'audit.list': { from: MANAGE, request: m.AuditFilterSchema, response: m.AuditListSchema },
  'audit.export': { from: MANAGE, request: m.AuditExportRequestSchema, response: m.ExportedFileSchema },
  'audit.delete': { from: MANAGE, request: m.AuditRefSchema, response: EmptySchema },
  'audit.deleteAll': { from: MANAGE, request: EmptySchema, response: EmptySchema },

  'backup.export': { from: MANAGE, request: m.BackupExportRequestSchema, response: m.ExportedFileSchema },
  'backup.import': { from: MANAGE, request: m.BackupImportRequestSchema, response: m.ImportReportSchema },
  'data.deleteAll': { from: MANAGE, request: m.DeleteAllRequestSchema, response: EmptySchema },

  'page.current': { from: ['popup'], request: f.TabRefSchema, response: f.PageCurrentSchema },
  /** The tab's page: the trust level it needs, what the citizen's account and data have, and what closes the gap. */
  'trust.status': { from: ['popup'], request: f.TabRefSchema, response: TrustStatusSchema },
  /** Sends the tab to its portal's account page that raises the trust level (the registry's exact URL). */
  'trust.openUpgrade': { from: ['popup'], request: f.TabRefSchema, response: EmptySchema },
  'credential.decideOffer': { from: ['popup'], request: f.OfferDecisionSchema, response: EmptySchema },
  'fill.request': { from: ['popup'], request: f.TabRefSchema, response: f.FillStatusSchema },
  'signin.request': { from: ['popup'], request: f.SignInRequestSchema, response: f.SignInStatusSchema },
  'consent.pending': { from: ['confirm'], request: f.PendingRefSchema, response: f.PendingViewSchema },
  'consent.target': { from: ['confirm'], request: f.PendingRefSchema, response: f.PendingTargetSchema },
  'consent.decide': { from: ['confirm'], request: f.ConsentDecisionSchema, response: f.FillStatusSchema },

  'eid.status': { from: PAGES, request: EmptySchema, response: EidStatusSchema },
  /** Reads the citizen's card, or with `personId` a household member's: the values are stored as theirs. */
  'eid.readCard': { from: PAGES, request: v.strictObject({ personId: p.PersonOptionSchema }), response: EidRefSchema },
  /** "PIN ändern": opens the confirm window on a PIN change (Transport-PIN or current PIN → new PIN). */
  'eid.changePin': { from: PAGES, request: EmptySchema, response: EidRefSchema },
  'eid.view': { from: ['confirm'], request: EidRefSchema, response: EidViewSchema },
  'eid.act': {
    from: ['confirm'],
    request: v.strictObject({ ref: EidRefSchema.entries.ref, action: EidActionSchema }),
    response: EidViewSchema,
  },
  'eid.retry': { from: ['confirm'], request: EidRefSchema, response: EidViewSchema },
  'wallet.store': {
    from: ['confirm'],
    request: v.strictObject({
      ref: EidRefSchema.entries.ref,
      accept: v.pipe(v.array(v.picklist(ATTRIBUTE_IDS)), v.maxLength(ATTRIBUTE_IDS.length)),
    }),
    response: EidViewSchema,
  },

  'ui.language': { from: PAGES, request: EmptySchema, response: v.strictObject({ choice: LanguageChoiceSchema }) },
  'ui.setLanguage': { from: MANAGE, request: v.strictObject({ choice: LanguageChoiceSchema }), response: EmptySchema },

  'portal.list': { from: PAGES, request: EmptySchema, response: pt.PortalListSchema },
  'portal.add': { from: MANAGE, request: pt.PortalAddRequestSchema, response: pt.PortalSummarySchema },
  'portal.remove': { from: MANAGE, request: pt.PortalRefSchema, response: EmptySchema },
} as const satisfies ProtocolSpec;

export type UiProtocol = typeof uiProtocol;
