import type { HelperStatus } from '../../../shared/protocol/native-protocol.ts';
import type { Result } from '../../../shared/protocol/result.ts';
import { t } from '../../platform/i18n.ts';
import { requestBackground } from '../../ui/background-client.ts';
import { errorText } from '../../ui/error-text.ts';
import { EidStatusLine } from './eid-status-line.tsx';

/** Helper and AusweisApp state. Text, not colour alone, carries the state (WCAG 1.4.1). */
export function HelperStatusPanel(props: { status: Result<HelperStatus> | null; onRefresh: () => void }) {
  const { status } = props;
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('statusHeading')}</h2>
      <dl class="status" aria-live="polite" aria-busy={status === null}>
        <dt>{t('statusHelper')}</dt>
        <dd id="helper-state" class={status?.ok ? 'state-ok' : status ? 'state-problem' : ''}>
          {status === null
            ? t('statusLoading')
            : status.ok
              ? t('statusHelperConnected', [status.value.helper.version])
              : errorText(status.error.code)}
        </dd>
        <dt>{t('statusAusweisApp')}</dt>
        <dd id="ausweisapp-state" class={status?.ok && status.value.ausweisApp.version ? 'state-ok' : status ? 'state-problem' : ''}>
          {status === null ? t('statusLoading') : status.ok ? ausweisAppText(status.value.ausweisApp) : '–'}
        </dd>
        {status?.ok && <EidStatusLine after={status} />}
      </dl>
      <div class="actions">
        <button type="button" onClick={props.onRefresh}>
          {t('refresh')}
        </button>
        {/* A new card's Transport-PIN must be replaced before any eID use (docs/EID.md §6a). */}
        {status?.ok && (
          <button type="button" id="change-pin" onClick={() => void requestBackground('eid.changePin', {})}>
            {t('statusChangePin')}
          </button>
        )}
      </div>
    </section>
  );
}

function ausweisAppText(state: HelperStatus['ausweisApp']): string {
  if (state.problem) return errorText(state.problem);
  if (!state.reachable || state.version === null) return t('statusAusweisAppAbsent');
  return t('statusAusweisAppReady', [state.version, state.apiLevels.join(', ')]);
}
