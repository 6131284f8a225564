import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { errorText } from '../ui/error-text.ts';

/** "Alle meine Daten löschen": only after the citizen ticked that they mean it. */
export function DeleteAllPanel(props: { onDeleted: () => void }) {
  const [sure, setSure] = useState(false);
  const [status, setStatus] = useState('');
  const remove = async (): Promise<void> => {
    const result = await requestBackground('data.deleteAll', { confirm: 'delete-all-my-data' });
    setStatus(result.ok ? t('deleteAllDone') : errorText(result.error.code));
    if (result.ok) props.onDeleted();
  };
  return (
    <div id="delete-all-panel">
      <p>{t('deleteAllIntro')}</p>
      <label class="choice">
        <input type="checkbox" id="delete-all-sure" checked={sure} onChange={(e) => setSure((e.target as HTMLInputElement).checked)} />{' '}
        {t('deleteAllSure')}
      </label>
      <div class="actions">
        <button type="button" class="danger" id="delete-all" disabled={!sure} onClick={() => void remove()}>
          {t('deleteAllButton')}
        </button>
      </div>
      <p role="status" aria-live="polite" id="delete-all-status">
        {status}
      </p>
    </div>
  );
}
