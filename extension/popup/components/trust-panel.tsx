import { useEffect, useState } from 'preact/hooks';
import type { TrustStatus } from '../../../shared/protocol/trust-messages.ts';
import { activeTabId } from '../../platform/active-tab.ts';
import { formatDate, t } from '../../platform/i18n.ts';
import { requestBackground } from '../../ui/background-client.ts';
import { errorText } from '../../ui/error-text.ts';

type Trust = NonNullable<TrustStatus['trust']>;

function accountText(trust: Trust): string {
  if (trust.locked) return t('trustLocked');
  if (trust.eidSignInAt !== null) return t('trustAccountEid', [formatDate(trust.eidSignInAt)]);
  return t('trustAccountUnknown');
}

function dataText(trust: Trust): string {
  if (trust.locked) return t('trustLocked');
  const { high, substantial, low } = trust.dataCounts;
  if (high + substantial + low === 0) return t('trustDataNone');
  return [
    high > 0 ? t('trustDataHigh', [String(high)]) : '',
    substantial > 0 ? t('trustDataSubstantial', [String(substantial)]) : '',
    low > 0 ? t('trustDataLow', [String(low)]) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "Vertrauensniveau" for the tab's page (docs/PORTALS.md §16): what the service needs, what the account
 * and the data have, and the step that closes the gap. Shown only where a page needs more than "niedrig";
 * text, not colour alone, says whether each part meets the level.
 */
export function TrustPanel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [trust, setTrust] = useState<Trust | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void activeTabId(location.search).then(async (id) => {
      setTabId(id);
      if (id === null) return;
      const result = await requestBackground('trust.status', { tabId: id });
      setTrust(result.ok ? result.value.trust : null);
    });
  }, []);
  if (tabId === null || trust === null || (trust.required === 'low' && trust.steps.length === 0)) return null;
  const required = t(`trust_${trust.required}`);
  const upgrade = (): void =>
    void requestBackground('trust.openUpgrade', { tabId }).then((result) => setMessage(result.ok ? '' : errorText(result.error.code)));
  return (
    <section aria-labelledby="trust-heading">
      <h2 id="trust-heading">{t('trustHeading')}</h2>
      <dl class="status">
        <dt>{t('trustRequired')}</dt>
        <dd id="trust-required">{trust.service ? t('trustRequiredService', [required, trust.service]) : required}</dd>
        <dt>{t('trustAccount')}</dt>
        <dd id="trust-account" class={trust.account === 'meets' ? 'state-ok' : 'state-problem'}>
          {accountText(trust)}
        </dd>
        <dt>{t('trustData')}</dt>
        <dd id="trust-data" class={trust.data === 'meets' ? 'state-ok' : 'state-problem'}>
          {dataText(trust)}
        </dd>
      </dl>
      {trust.steps.length > 0 && (
        <div class="actions">
          {trust.steps.includes('upgrade-page') && (
            <button type="button" id="trust-upgrade" onClick={upgrade}>
              {t('trustStepUpgrade', [trust.portalName])}
            </button>
          )}
          {trust.steps.includes('eid-signin') && <p id="trust-eid-signin">{t('trustStepEidSignIn', [trust.portalName])}</p>}
          {trust.steps.includes('read-card') && (
            <button type="button" id="trust-read-card" onClick={() => void requestBackground('eid.readCard', {})}>
              {t('popupReadCard')}
            </button>
          )}
        </div>
      )}
      {message && <p role="alert">{message}</p>}
    </section>
  );
}
