import { useState } from 'preact/hooks';
import type { ImportReport } from '../../shared/protocol/vault-messages.ts';
import { formatNumber, t } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { download } from '../ui/download.ts';
import { errorText } from '../ui/error-text.ts';

function reportText(report: ImportReport): string {
  const total = (c: { added: number; updated: number }): string => formatNumber(c.added + c.updated);
  return t('backupReport', [total(report.attributes), total(report.credentials), total(report.consents), total(report.auditEntries)]);
}

/** Encrypted backup: export with its own passphrase, import (merge or replace) with a report. */
export function BackupPanel() {
  const [exportPassphrase, setExportPassphrase] = useState('');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [importPassphrase, setImportPassphrase] = useState('');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [status, setStatus] = useState('');
  const exportBackup = async (event: Event): Promise<void> => {
    event.preventDefault();
    const made = await requestBackground('backup.export', { passphrase: exportPassphrase });
    setExportPassphrase('');
    if (!made.ok) return setStatus(errorText(made.error.code));
    download(made.value);
    setStatus(t('backupExported', [made.value.filename]));
  };
  const importBackup = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!file) return setStatus(t('setupNoBackup'));
    const report = await requestBackground('backup.import', { content: file.content, passphrase: importPassphrase, mode });
    setImportPassphrase('');
    setStatus(report.ok ? reportText(report.value) : errorText(report.error.code));
  };
  return (
    <div id="backup-panel">
      <form onSubmit={(e) => void exportBackup(e)} aria-labelledby="backup-export-heading">
        <h3 id="backup-export-heading">{t('backupExportHeading')}</h3>
        <p class="hint">{t('backupExportHint')}</p>
        <p class="field">
          <label for="backup-export-passphrase">{t('backupPassphrase')}</label>
          <input
            id="backup-export-passphrase"
            type="password"
            autocomplete="new-password"
            required
            value={exportPassphrase}
            onInput={(e) => setExportPassphrase((e.target as HTMLInputElement).value)}
          />
        </p>
        <div class="actions">
          <button type="submit" class="primary" id="backup-export">
            {t('backupExport')}
          </button>
        </div>
      </form>
      <form onSubmit={(e) => void importBackup(e)} aria-labelledby="backup-import-heading">
        <h3 id="backup-import-heading">{t('backupImportHeading')}</h3>
        <p class="field">
          <label for="backup-file">{t('setupBackupFile')}</label>
          <input
            id="backup-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const picked = (e.target as HTMLInputElement).files?.[0];
              if (picked) void picked.text().then((content) => setFile({ name: picked.name, content }));
            }}
          />
        </p>
        <p class="field">
          <label for="backup-import-passphrase">{t('setupBackupPassphrase')}</label>
          <input
            id="backup-import-passphrase"
            type="password"
            autocomplete="off"
            required
            value={importPassphrase}
            onInput={(e) => setImportPassphrase((e.target as HTMLInputElement).value)}
          />
        </p>
        <fieldset>
          <legend>{t('backupMode')}</legend>
          <label class="choice">
            <input type="radio" name="backup-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('backupMerge')}
          </label>
          <label class="choice">
            <input type="radio" name="backup-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('backupReplace')}
          </label>
        </fieldset>
        <div class="actions">
          <button type="submit" id="backup-import">
            {t('backupImport')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" id="backup-status">
        {status}
      </p>
    </div>
  );
}
