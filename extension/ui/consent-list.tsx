import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { formatDate, t, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { errorText } from './error-text.ts';
import { usePortalNames } from './portal-names.ts';

type Consents = ResponseOf<UiProtocol, 'consent.list'>;

/** "Freigaben": what each exact origin of a portal may receive without asking; revoke one attribute or all of an origin's. */
export function ConsentList() {
  const [list, setList] = useState<Result<Consents> | null>(null);
  const [status, setStatus] = useState('');
  const names = usePortalNames();
  const german = uiLanguage().startsWith('de');
  const load = (): void => void requestBackground('consent.list', {}).then(setList);
  useEffect(load, []);
  if (list === null) return <p role="status">{t('statusLoading')}</p>;
  if (!list.ok) return <p role="alert">{errorText(list.error.code)}</p>;
  const revoked = (result: Result<unknown>, what: string): void => {
    setStatus(result.ok ? t('consentRevoked', [what]) : errorText(result.ok ? '' : result.error.code));
    load();
  };
  return (
    <div id="consent-list">
      {list.value.consents.length === 0 && <p>{t('consentNone')}</p>}
      {list.value.consents.map((consent) => {
        const portal = names.get(consent.portalId) ?? consent.portalId;
        // The origin is the unit of consent; its host makes a stable id for tests and labels.
        const key = `${consent.portalId}-${new URL(consent.origin).host.replace(/[^a-z0-9-]/gi, '-')}`;
        return (
          <section
            key={consent.origin}
            class="consent"
            data-portal={consent.portalId}
            data-origin={consent.origin}
            aria-labelledby={`consent-${key}`}
          >
            <h3 id={`consent-${key}`}>
              {portal} <span class="origin">{consent.origin}</span>
            </h3>
            <p class="meta">
              {t('consentGranted', [formatDate(consent.grantedAt)])}
              {consent.lastUsedAt !== null && ` · ${t('consentUsed', [formatDate(consent.lastUsedAt)])}`}
            </p>
            <ul class="consent-items">
              {consent.attributeIds.map((id) => {
                const label = german ? ATTRIBUTE_CATALOG[id].labelDe : ATTRIBUTE_CATALOG[id].labelEn;
                return (
                  <li key={id}>
                    <span>{label}</span>
                    <button
                      type="button"
                      class="link"
                      aria-label={t('consentRevokeFor', [label, portal])}
                      onClick={() =>
                        void requestBackground('consent.revoke', { origin: consent.origin, attributeId: id }).then((r) => revoked(r, label))
                      }
                    >
                      {t('consentRevoke')}
                    </button>
                  </li>
                );
              })}
            </ul>
            <div class="actions">
              <button
                type="button"
                id={`revoke-${key}`}
                data-revoke-origin={consent.origin}
                onClick={() => void requestBackground('consent.revokeOrigin', { origin: consent.origin }).then((r) => revoked(r, portal))}
              >
                {t('consentRevokePortal', [portal])}
              </button>
            </div>
          </section>
        );
      })}
      <p role="status" aria-live="polite" id="consent-status">
        {status}
      </p>
    </div>
  );
}
