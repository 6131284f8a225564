import { useEffect, useState } from 'preact/hooks';
import type { VaultSettings } from '../../shared/domain/vault-settings.ts';
import { applyLanguage, t, type LanguageChoice } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { errorText } from '../ui/error-text.ts';

/** Auto-lock, log retention, the wallet read's provider, the language; and changing the passphrase. */
export function SettingsPanel(props: { onLanguage: () => void }) {
  const [settings, setSettings] = useState<VaultSettings | null>(null);
  const [language, setLanguage] = useState<LanguageChoice>('auto');
  const [status, setStatus] = useState('');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  useEffect(() => {
    void requestBackground('settings.get', {}).then((r) => (r.ok ? setSettings(r.value) : setStatus(errorText(r.error.code))));
    void requestBackground('ui.language', {}).then((r) => r.ok && setLanguage(r.value.choice));
  }, []);
  if (settings === null) return <p role="status">{status || t('statusLoading')}</p>;
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const saved = await requestBackground('settings.set', settings);
    setStatus(saved.ok ? t('settingsSaved') : errorText(saved.error.code));
  };
  const chooseLanguage = async (choice: LanguageChoice): Promise<void> => {
    setLanguage(choice);
    await requestBackground('ui.setLanguage', { choice });
    await applyLanguage(choice);
    props.onLanguage();
  };
  const changePassphrase = async (event: Event): Promise<void> => {
    event.preventDefault();
    const changed = await requestBackground('vault.changePassphrase', { current, next });
    setCurrent('');
    setNext('');
    setStatus(changed.ok ? t('passphraseChanged') : errorText(changed.error.code));
  };
  const number =
    (key: 'autoLockMinutes' | 'auditRetentionDays') =>
    (e: Event): void =>
      setSettings({ ...settings, [key]: Number((e.target as HTMLInputElement).value) });
  return (
    <div id="settings-panel">
      <p class="field">
        <label for="language">{t('settingsLanguage')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => void chooseLanguage((e.target as HTMLSelectElement).value as LanguageChoice)}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="de" lang="de">
            Deutsch
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </p>
      <form onSubmit={(e) => void save(e)}>
        <p class="field">
          <label for="auto-lock">{t('settingsAutoLock')}</label>
          <input
            id="auto-lock"
            type="number"
            min={1}
            max={1440}
            required
            value={settings.autoLockMinutes}
            onInput={number('autoLockMinutes')}
          />
        </p>
        <p class="field">
          <label for="retention">{t('settingsRetention')}</label>
          <input
            id="retention"
            type="number"
            min={1}
            max={3650}
            required
            value={settings.auditRetentionDays}
            onInput={number('auditRetentionDays')}
          />
        </p>
        <p class="field">
          <label for="provider">{t('settingsProvider')}</label>
          <input
            id="provider"
            type="url"
            required
            value={settings.walletProviderUrl}
            aria-describedby="provider-hint"
            onInput={(e) => setSettings({ ...settings, walletProviderUrl: (e.target as HTMLInputElement).value })}
          />
          <span class="hint" id="provider-hint">
            {t('settingsProviderHint')}
          </span>
        </p>
        <div class="actions">
          <button type="submit" class="primary" id="settings-save">
            {t('actionSave')}
          </button>
        </div>
      </form>
      <form onSubmit={(e) => void changePassphrase(e)} aria-labelledby="passphrase-heading">
        <h3 id="passphrase-heading">{t('passphraseHeading')}</h3>
        <p class="field">
          <label for="passphrase-current">{t('passphraseCurrent')}</label>
          <input
            id="passphrase-current"
            type="password"
            autocomplete="current-password"
            required
            value={current}
            onInput={(e) => setCurrent((e.target as HTMLInputElement).value)}
          />
        </p>
        <p class="field">
          <label for="passphrase-next">{t('passphraseNext')}</label>
          <input
            id="passphrase-next"
            type="password"
            autocomplete="new-password"
            required
            value={next}
            onInput={(e) => setNext((e.target as HTMLInputElement).value)}
          />
        </p>
        <div class="actions">
          <button type="submit" id="passphrase-change">
            {t('passphraseChange')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" id="settings-status">
        {status}
      </p>
    </div>
  );
}
