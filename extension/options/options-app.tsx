import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { HouseholdData } from '../ui/household-data.tsx';
import { AuditLog } from '../ui/audit-log.tsx';
import { requestBackground } from '../ui/background-client.ts';
import { ConsentList } from '../ui/consent-list.tsx';
import { SetupForm } from '../ui/setup-form.tsx';
import { UnlockForm } from '../ui/unlock-form.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { DeleteAllPanel } from './delete-all-panel.tsx';
import { PortalManager } from './portal-manager.tsx';
import { SettingsPanel } from './settings-panel.tsx';

const SECTIONS = ['data', 'consents', 'log', 'portals', 'backup', 'settings', 'delete'] as const;

/**
 * The options page: the popup's parts with room for longer work, plus portals, backup, settings and
 * "delete all my data", as one page of sections with a table of contents (skip links).
 */
export function OptionsApp() {
  const [vault, setVault] = useState<Result<ResponseOf<UiProtocol, 'vault.status'>> | null>(null);
  const [, setLanguageVersion] = useState(0);
  const load = useCallback(() => void requestBackground('vault.status', {}).then(setVault), []);
  useEffect(load, [load]);
  useEffect(() => {
    document.title = t('optionsTitle');
  });
  const onLanguage = (): void => {
    document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
    setLanguageVersion((n) => n + 1);
  };

  let body;
  if (vault === null) body = <p role="status">{t('statusLoading')}</p>;
  else if (!vault.ok) body = <p role="alert">{t('errorGeneric', [vault.error.code])}</p>;
  else if (!vault.value.setUp) body = <SetupForm onDone={load} />;
  else if (!vault.value.unlocked)
    body = (
      <section aria-labelledby="locked-heading">
        <h2 id="locked-heading">{t('popupLocked')}</h2>
        <UnlockForm onUnlocked={load} />
      </section>
    );
  else {
    const content: Record<(typeof SECTIONS)[number], preact.JSX.Element> = {
      data: <HouseholdData />,
      consents: <ConsentList />,
      log: <AuditLog />,
      portals: <PortalManager />,
      backup: <BackupPanel />,
      settings: <SettingsPanel onLanguage={onLanguage} />,
      delete: <DeleteAllPanel onDeleted={load} />,
    };
    body = (
      <>
        <nav aria-label={t('optionsContents')}>
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#section-${id}`}>{t(`section_${id}`)}</a>
              </li>
            ))}
          </ul>
          <button type="button" id="lock" onClick={() => void requestBackground('vault.lock', {}).then(load)}>
            {t('actionLock')}
          </button>
        </nav>
        <div class="sections">
          {SECTIONS.map((id) => (
            <section key={id} id={`section-${id}`} aria-labelledby={`heading-${id}`} tabIndex={-1}>
              <h2 id={`heading-${id}`}>{t(`section_${id}`)}</h2>
              {content[id]}
            </section>
          ))}
        </div>
      </>
    );
  }
  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>{body}</main>
      <footer>
        {/* Always shown, before set-up too: the citizen may read it before entering anything. */}
        <a id="privacy-link" href="../privacy/index.html" target="_blank" rel="noopener">
          {t('privacyPolicy')}
        </a>
      </footer>
    </>
  );
}
