import { useState } from 'preact/hooks';
import type { EidView } from '../../shared/protocol/eid-messages.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { isAttributeId, type AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import { displayValue } from '../../shared/vocabulary/display-value.ts';
import { t, uiLanguage } from '../platform/i18n.ts';

/**
 * The card's values next to the stored ones before anything is saved (docs/ATTRIBUTES.md §5): new, same or
 * different, each with a tick box; saved as trust "hoch", source "aus dem Ausweis".
 */
export function EidWalletReview(props: { view: EidView; onStore: (accept: AttributeId[]) => Promise<void> }) {
  const rows = props.view.differences.filter((d) => isAttributeId(d.attributeId));
  const [accept, setAccept] = useState<Set<string>>(new Set(rows.map((r) => r.attributeId)));
  const german = uiLanguage().startsWith('de');
  if (props.view.completed)
    return (
      <p role="status" id="eid-result">
        {t('eidWalletStored')}
      </p>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void props.onStore([...accept].filter(isAttributeId));
      }}
    >
      <p>{t('eidWalletIntro')}</p>
      <ul class="items" id="eid-differences">
        {rows.map((row) => {
          const id = row.attributeId as AttributeId;
          const info = ATTRIBUTE_CATALOG[id];
          const status = row.stored === null ? 'eidNew' : row.stored === row.card ? 'eidSame' : 'eidDifferent';
          return (
            <li key={id} data-attribute={id}>
              <input
                type="checkbox"
                id={`card-${id}`}
                checked={accept.has(id)}
                onChange={(e) => {
                  const next = new Set(accept);
                  if ((e.target as HTMLInputElement).checked) next.add(id);
                  else next.delete(id);
                  setAccept(next);
                }}
              />
              <label for={`card-${id}`}>
                {german ? info.labelDe : info.labelEn} <span class="badge">{t(status)}</span>
              </label>
              <span class="value">{displayValue(id, row.card)}</span>
              <span class="meta">
                {row.stored !== null && row.stored !== row.card && t('eidStoredWas', [displayValue(id, row.stored)])}
                {row.needsReview && ` ${t('eidNeedsReview')}`}
              </span>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <button type="submit" class="primary" id="eid-store">
          {t('eidStore')}
        </button>
      </div>
    </form>
  );
}
