import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { displayValue } from '../../shared/vocabulary/display-value.ts';
import { formatDate, t, uiLanguage } from '../platform/i18n.ts';
import { quotePageText } from './quote-page-text.ts';

type Attribute = ResponseOf<UiProtocol, 'consent.pending'>['attributes'][number];

/**
 * One attribute: tick box, what the page calls the field, the value, trust badge (with text) and source;
 * where the portal already filled the field, its value too (quoted as the page's words), which stays
 * unless the citizen ticks "durch meine Angabe ersetzen".
 */
export function AttributeItem(props: {
  attribute: Attribute;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  replace: boolean;
  onReplace: (replace: boolean) => void;
}) {
  const { attribute } = props;
  const info = ATTRIBUTE_CATALOG[attribute.attributeId];
  const german = uiLanguage().startsWith('de');
  const id = `attr-${attribute.attributeId}`;
  const prefill = attribute.pagePrefill === null ? '' : quotePageText(attribute.pagePrefill);
  const source =
    attribute.source === 'eid' && attribute.readAt !== undefined
      ? t('sourceEid', [formatDate(attribute.readAt)])
      : t(attribute.source === 'eid' ? 'sourceEidUndated' : attribute.source === 'import' ? 'sourceImport' : 'sourceUser');
  return (
    <li>
      <input type="checkbox" id={id} checked={props.checked} onChange={(e) => props.onToggle((e.target as HTMLInputElement).checked)} />
      {/* Our name for the data; the page's own label only quoted below it, marked as the page's words. */}
      <label for={id}>
        {german ? info.labelDe : info.labelEn}
        {quotePageText(attribute.fieldLabel) !== '' && (
          <span class="meta page-text">{t('confirmFieldLabel', [quotePageText(attribute.fieldLabel)])}</span>
        )}
      </label>
      <span class="value">{displayValue(attribute.attributeId, attribute.value)}</span>
      <span class="meta">
        <span class={`badge badge-${attribute.trust}`}>{t('trustBadge', [t(`trust_${attribute.trust}`)])}</span>
        {source}
      </span>
      {prefill !== '' && (
        <span class="prefill" id={`prefill-${attribute.attributeId}`}>
          <span class="meta page-text">{t('confirmPrefilled', [prefill])}</span>
          <label class="meta">
            <input
              type="checkbox"
              id={`replace-${attribute.attributeId}`}
              checked={props.replace}
              disabled={!props.checked}
              onChange={(e) => props.onReplace((e.target as HTMLInputElement).checked)}
            />
            {t('confirmReplacePrefill')}
          </label>
        </span>
      )}
    </li>
  );
}
