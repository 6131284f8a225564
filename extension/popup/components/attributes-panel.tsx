import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../../shared/vocabulary/attribute-catalog.ts';
import { displayValue } from '../../../shared/vocabulary/display-value.ts';
import { t, uiLanguage } from '../../platform/i18n.ts';
import { requestBackground } from '../background-client.ts';

type AttributeList = ResponseOf<UiProtocol, 'attribute.list'>;

/**
 * The stored attributes with their trust badge (text, not colour) and source, and the wallet read
 * ("Daten aus dem Ausweis übernehmen") that replaces card values by a new read.
 */
export function AttributesPanel() {
  const [list, setList] = useState<Result<AttributeList> | null>(null);
  useEffect(() => void requestBackground('attribute.list', {}).then(setList), []);
  const german = uiLanguage().startsWith('de');
  const locale = german ? 'de-DE' : 'en-GB';
  return (
    <section aria-labelledby="attributes-heading">
      <h2 id="attributes-heading">{t('popupAttributesHeading')}</h2>
      {list === null ? <p role="status">{t('statusLoading')}</p>
        : !list.ok ? <p>{list.error.code === 'LOCKED' ? t('popupLocked') : t('errorGeneric', [list.error.code])}</p>
        : list.value.attributes.length === 0 ? <p>{t('popupNoAttributes')}</p>
        : (
          <ul class="attributes" id="attribute-list">
            {list.value.attributes.map((attribute) => {
              const info = ATTRIBUTE_CATALOG[attribute.attributeId];
              const source = attribute.source === 'eid'
                ? attribute.readAt !== undefined ? t('sourceEid', [new Date(attribute.readAt).toLocaleDateString(locale)]) : t('sourceEidUndated')
                : t(attribute.source === 'import' ? 'sourceImport' : 'sourceUser');
              return (
                <li key={attribute.attributeId} data-attribute={attribute.attributeId}>
                  <span class="label">{german ? info.labelDe : info.labelEn}</span>
                  <span class="value">{displayValue(attribute.attributeId, attribute.value)}</span>
                  <span class="meta"><span class={`badge badge-${attribute.trust}`}>{t(`trust_${attribute.trust}`)}</span>, {source}</span>
                </li>
              );
            })}
          </ul>
        )}
      <div class="actions">
        <button type="button" id="read-card" onClick={() => void requestBackground('eid.readCard', {}).then(() => window.close())}>{t('popupReadCard')}</button>
      </div>
    </section>
  );
}
