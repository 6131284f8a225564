import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { HelperStatus } from '../../shared/protocol/native-protocol.ts';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { t } from '../platform/i18n.ts';
import { openOptionsPage } from '../platform/open-options.ts';
import { requestBackground } from '../ui/background-client.ts';
import { Tabs } from '../ui/tabs.tsx';
import type * as PanelsModule from './panels.ts';
import { UnlockForm } from '../ui/unlock-form.tsx';
import { HelperStatusPanel } from './components/helper-status-panel.tsx';
import { TrustPanel } from './components/trust-panel.tsx';
import { PagePanel } from './components/page-panel.tsx';

type VaultStatus = ResponseOf<UiProtocol, 'vault.status'>;
type Panels = typeof PanelsModule;

/** Entries the popup's log shows; the options page has them all. */
const POPUP_LOG_ENTRIES = 20;

/**
 * The toolbar popup: set-up on first run, unlock when locked, else the current page and four tabs
 * (Übersicht, Daten, Freigaben, Datenzugriff), "Sperren" and the way to the settings.
 */
export function App(props: { initialVault: Result<VaultStatus> }) {
  const [vault, setVault] = useState<Result<VaultStatus> | null>(props.initialVault);
  const [status, setStatus] = useState<Result<HelperStatus> | null>(null);
  const [tab, setTab] = useState('overview');
  const [panels, setPanels] = useState<Panels | null>(null);
  const loadVault = useCallback(() => void requestBackground('vault.status', {}).then(setVault), []);
  const refreshStatus = useCallback(() => {
    setStatus(null);
    void requestBackground('helper.status', {}).then(setStatus);
  }, []);
  // The helper is asked once the popup answers the citizen: starting it must not delay the first view.
  const known = vault !== null;
  useEffect(() => {
    if (!known) return;
    refreshStatus();
    void import('./panels.ts').then(setPanels);
  }, [known, refreshStatus]);
  // "Interactive": the first render that answers the citizen (set-up, unlock or the tabs) is in the
  // document and takes input; the benchmark reads this mark. A layout effect runs right after that render.
  useLayoutEffect(() => {
    if (vault !== null && performance.getEntriesByName('amtspass-interactive').length === 0) performance.mark('amtspass-interactive');
  }, [vault]);
  const unlocked = vault?.ok === true && vault.value.unlocked;
  const lock = (): void => void requestBackground('vault.lock', {}).then(loadVault);

  const loading = <p role="status">{t('statusLoading')}</p>;
  let body;
  if (vault === null) body = loading;
  else if (!vault.ok) body = <p role="alert">{t('errorGeneric', [vault.error.code])}</p>;
  else if (!vault.value.setUp)
    body = (
      <>
        {panels ? <panels.SetupForm onDone={loadVault} /> : loading}
        <HelperStatusPanel status={status} onRefresh={refreshStatus} />
      </>
    );
  else if (!vault.value.unlocked) {
    body = (
      <>
        <section aria-labelledby="locked-heading">
          <h2 id="locked-heading">{t('popupLocked')}</h2>
          <UnlockForm onUnlocked={loadVault} />
        </section>
        {/* The page is still recognised while locked; its actions then say that Amtspass is locked. */}
        <PagePanel />
        <HelperStatusPanel status={status} onRefresh={refreshStatus} />
      </>
    );
  } else {
    body = (
      <Tabs
        label={t('popupTabsLabel')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: t('tabOverview') },
          { id: 'data', label: t('tabData') },
          { id: 'consents', label: t('tabConsents') },
          { id: 'log', label: t('tabLog') },
        ]}
      >
        {tab === 'overview' && (
          <>
            <PagePanel />
            <TrustPanel />
            <HelperStatusPanel status={status} onRefresh={refreshStatus} />
          </>
        )}
        {tab !== 'overview' && !panels && loading}
        {tab === 'data' && panels && <panels.HouseholdData />}
        {tab === 'consents' && panels && <panels.ConsentList />}
        {tab === 'log' && panels && <panels.AuditLog limit={POPUP_LOG_ENTRIES} />}
      </Tabs>
    );
  }
  return (
    <>
      <header>
        <h1>{t('popupTitle')}</h1>
        <span class="header-actions">
          {unlocked && (
            <button type="button" id="lock" onClick={lock}>
              {t('actionLock')}
            </button>
          )}
          <button type="button" id="open-options" onClick={openOptionsPage}>
            {t('actionSettings')}
          </button>
        </span>
      </header>
      <main>{body}</main>
    </>
  );
}
