import { useState } from 'preact/hooks';
import { passphraseStrength } from '../../shared/domain/passphrase-policy.ts';
import { t } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { errorText } from './error-text.ts';

const STRENGTH_KEYS = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'] as const;

/**
 * First run: choose a passphrase (with a strength meter that also says it in words), or restore a
 * backup — the vault is then set up with the new passphrase and the backup replaces its contents.
 */
export function SetupForm(props: { onDone: () => void }) {
  const [mode, setMode] = useState<'new' | 'restore'>('new');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [backup, setBackup] = useState<{ name: string; content: string } | null>(null);
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = passphraseStrength(passphrase);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (passphrase !== repeat) return setError(t('setupMismatch'));
    if (strength === 0) return setError(t('errorWEAK_PASSPHRASE'));
    if (mode === 'restore' && !backup) return setError(t('setupNoBackup'));
    setBusy(true);
    setError(null);
    const setup = await requestBackground('vault.setup', { passphrase });
    if (!setup.ok) {
      setBusy(false);
      return setError(errorText(setup.error.code));
    }
    if (mode === 'restore' && backup) {
      const restored = await requestBackground('backup.import', { content: backup.content, passphrase: backupPassphrase, mode: 'replace' });
      if (!restored.ok) {
        setBusy(false);
        // The vault exists now (empty); the citizen can try the import again from the settings.
        return setError(errorText(restored.error.code));
      }
    }
    setPassphrase('');
    setRepeat('');
    setBackupPassphrase('');
    props.onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('setupHeading')}</h2>
      <p>{t('setupIntro')}</p>
      <fieldset>
        <legend>{t('setupModeLegend')}</legend>
        <label class="choice">
          <input type="radio" name="mode" id="setup-new" checked={mode === 'new'} onChange={() => setMode('new')} /> {t('setupModeNew')}
        </label>
        <label class="choice">
          <input type="radio" name="mode" id="setup-restore" checked={mode === 'restore'} onChange={() => setMode('restore')} />{' '}
          {t('setupModeRestore')}
        </label>
      </fieldset>
      <p class="field">
        <label for="setup-passphrase">{t('setupPassphrase')}</label>
        <input
          id="setup-passphrase"
          type="password"
          autocomplete="new-password"
          required
          value={passphrase}
          aria-describedby="setup-strength-text setup-hint"
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
        />
        <span class="hint" id="setup-hint">
          {t('setupHint')}
        </span>
      </p>
      <p class="strength">
        <meter id="setup-strength" min={0} max={4} low={2} high={3} optimum={4} value={strength} aria-label={t('setupStrength')} />
        <span id="setup-strength-text" aria-live="polite">
          {t('setupStrength')}: {t(STRENGTH_KEYS[strength])}
        </span>
      </p>
      <p class="field">
        <label for="setup-repeat">{t('setupRepeat')}</label>
        <input
          id="setup-repeat"
          type="password"
          autocomplete="new-password"
          required
          value={repeat}
          onInput={(e) => setRepeat((e.target as HTMLInputElement).value)}
        />
      </p>
      {mode === 'restore' && (
        <>
          <p class="field">
            <label for="setup-backup-file">{t('setupBackupFile')}</label>
            <input
              id="setup-backup-file"
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (file) void file.text().then((content) => setBackup({ name: file.name, content }));
              }}
            />
          </p>
          <p class="field">
            <label for="setup-backup-passphrase">{t('setupBackupPassphrase')}</label>
            <input
              id="setup-backup-passphrase"
              type="password"
              autocomplete="off"
              value={backupPassphrase}
              onInput={(e) => setBackupPassphrase((e.target as HTMLInputElement).value)}
            />
          </p>
        </>
      )}
      {error && (
        <p role="alert" class="error" id="setup-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="setup-submit" disabled={busy}>
          {t(mode === 'new' ? 'setupSubmit' : 'setupRestoreSubmit')}
        </button>
      </div>
    </form>
  );
}
