import { useEffect, useState } from 'preact/hooks';
import type { EidStatus } from '../../../shared/protocol/eid-messages.ts';
import type { Result } from '../../../shared/protocol/result.ts';
import { t } from '../../platform/i18n.ts';
import { requestBackground } from '../../ui/background-client.ts';

/**
 * Readers, card and keypad as AusweisApp sees them, asked again after each helper status answer
 * (`after`, so "Erneut prüfen" refreshes this line too).
 */
export function EidStatusLine(props: { after: object }) {
  const [status, setStatus] = useState<Result<EidStatus> | null>(null);
  useEffect(() => {
    setStatus(null);
    void requestBackground('eid.status', {}).then(setStatus);
  }, [props.after]);
  const text =
    status === null
      ? t('statusLoading')
      : !status.ok
        ? '–'
        : !status.value.installed && !status.value.running
          ? t('statusAusweisAppNotInstalled')
          : !status.value.running
            ? t('statusAusweisAppInstalledNotRunning')
            : status.value.readers
                .filter((r) => r.attached)
                .map((r) => [r.name, r.keypad ? t('statusKeypad') : '', r.card ? t('statusCardPresent') : ''].filter(Boolean).join(', '))
                .join('; ') || t('statusNoReader');
  const own = status?.ok === true && status.value.ownInstance;
  return (
    <>
      <dt>{t('statusReaders')}</dt>
      <dd id="reader-state">
        {text}
        {own && (
          <span class="meta" id="own-ausweisapp">
            {' '}
            ({t('statusOwnAusweisApp')})
          </span>
        )}
      </dd>
    </>
  );
}
