import { useEffect, useRef, useState } from 'preact/hooks';
import { AUDIT_KINDS } from '../../shared/domain/audit-entry.ts';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { formatDateTime, formatNumber, t, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { download } from './download.ts';
import { errorText } from './error-text.ts';
import { usePortalNames } from './portal-names.ts';

type AuditList = ResponseOf<UiProtocol, 'audit.list'>;
type Kind = (typeof AUDIT_KINDS)[number];

/**
 * "Datenzugriff": every disclosure by time, portal, kind, data (names, never values) and outcome;
 * filter by portal and kind, export as JSON or CSV, delete one entry or all (after a second click).
 */
export function AuditLog(props: { limit?: number }) {
  const [portalId, setPortalId] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [list, setList] = useState<Result<AuditList> | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [status, setStatus] = useState('');
  const names = usePortalNames();
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The second, dangerous click gets the focus, so a keyboard user lands on it (with Cancel beside it).
  useEffect(() => (confirmAll ? confirmButton.current?.focus() : undefined), [confirmAll]);
  const german = uiLanguage().startsWith('de');
  const filter = { ...(portalId ? { portalId } : {}), ...(kind ? { kind } : {}) };
  const load = (): void => void requestBackground('audit.list', filter).then(setList);
  useEffect(load, [portalId, kind]);

  const exportAs = async (format: 'json' | 'csv'): Promise<void> => {
    const file = await requestBackground('audit.export', { format, filter });
    if (!file.ok) return setStatus(errorText(file.error.code));
    download(file.value);
    setStatus(t('auditExported', [file.value.filename]));
  };
  const remove = async (seq: number): Promise<void> => {
    const result = await requestBackground('audit.delete', { seq });
    setStatus(result.ok ? t('auditDeleted') : errorText(result.error.code));
    load();
  };
  const removeAll = async (): Promise<void> => {
    const result = await requestBackground('audit.deleteAll', {});
    setConfirmAll(false);
    setStatus(result.ok ? t('auditAllDeleted') : errorText(result.error.code));
    load();
  };
  const portals = [...names.entries()];
  const entries = list?.ok ? [...list.value.entries].reverse() : [];
  const shown = props.limit ? entries.slice(0, props.limit) : entries;
  return (
    <div id="audit-log">
      <div class="filters" role="group" aria-label={t('auditFilter')}>
        <p class="field">
          <label for="audit-portal">{t('auditPortal')}</label>
          <select id="audit-portal" value={portalId} onChange={(e) => setPortalId((e.target as HTMLSelectElement).value)}>
            <option value="">{t('auditAllPortals')}</option>
            {portals.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
            <option value="eid-provider">{t('auditProvider')}</option>
          </select>
        </p>
        <p class="field">
          <label for="audit-kind">{t('auditKind')}</label>
          <select id="audit-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as Kind | '')}>
            <option value="">{t('auditAllKinds')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`auditKind_${k.replace('-', '_')}`)}
              </option>
            ))}
          </select>
        </p>
      </div>
      {list === null ? (
        <p role="status">{t('statusLoading')}</p>
      ) : !list.ok ? (
        <p role="alert">{errorText(list.error.code)}</p>
      ) : (
        <>
          {!list.value.intact && (
            <p class="warning" role="alert">
              {t('auditNotIntact')}
            </p>
          )}
          <p class="meta" id="audit-count">
            {list.value.entries.length === 1 ? t('auditCountOne') : t('auditCount', [formatNumber(list.value.entries.length)])}
          </p>
          <ul class="audit" id="audit-entries">
            {shown.map((entry) => {
              const attributes = entry.attributeIds
                .map((id) => (german ? ATTRIBUTE_CATALOG[id].labelDe : ATTRIBUTE_CATALOG[id].labelEn))
                .join(', ');
              const portal = names.get(entry.portalId) ?? (entry.portalId === 'eid-provider' ? t('auditProvider') : entry.portalId);
              return (
                <li key={entry.seq} data-seq={entry.seq}>
                  <span class="when">{formatDateTime(entry.time)}</span>
                  <span class="what">
                    <strong>{portal}</strong> · {t(`auditKind_${entry.kind.replace('-', '_')}`)} · {t(`auditOutcome_${entry.outcome}`)}
                  </span>
                  <span class="meta">{attributes || t('auditNoData')}</span>
                  {/* Whose data besides the citizen's: role and first name, as the log keeps them. */}
                  {entry.persons && entry.persons.length > 0 && (
                    <span class="meta audit-persons">{t('auditPersons', [entry.persons.join(', ')])}</span>
                  )}
                  <button
                    type="button"
                    class="link"
                    aria-label={t('auditDeleteEntry', [formatDateTime(entry.time), portal])}
                    onClick={() => void remove(entry.seq)}
                  >
                    {t('actionDelete')}
                  </button>
                </li>
              );
            })}
          </ul>
          {shown.length < entries.length && <p class="meta">{t('auditMore', [formatNumber(entries.length - shown.length)])}</p>}
        </>
      )}
      <div class="actions">
        <button type="button" id="audit-export-json" onClick={() => void exportAs('json')}>
          {t('auditExportJson')}
        </button>
        <button type="button" id="audit-export-csv" onClick={() => void exportAs('csv')}>
          {t('auditExportCsv')}
        </button>
        {confirmAll ? (
          <>
            <button type="button" class="danger" id="audit-delete-all-confirm" ref={confirmButton} onClick={() => void removeAll()}>
              {t('auditDeleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmAll(false)}>
              {t('actionCancel')}
            </button>
          </>
        ) : (
          <button type="button" id="audit-delete-all" onClick={() => setConfirmAll(true)}>
            {t('auditDeleteAll')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" id="audit-status">
        {status}
      </p>
    </div>
  );
}
