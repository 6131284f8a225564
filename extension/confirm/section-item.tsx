import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { displayValue } from '../../shared/vocabulary/display-value.ts';
import { t, uiLanguage } from '../platform/i18n.ts';
import { quotePageText } from './quote-page-text.ts';

type Section = ResponseOf<UiProtocol, 'consent.pending'>['sections'][number];

/** "Kind 1", "Partner/in", "Haushaltsmitglied 2": what the form's section is, in Amtspass's words. */
export function sectionTitle(section: Pick<Section, 'subject' | 'group'>): string {
  return t(`personTitle_${section.subject}`, [String(section.group)]);
}

/**
 * Another person's section of the form: whose it is ("Kind 1: Mia Mustermann ▾"), the person the
 * citizen picks for it (or nobody: the section stays empty), and the values that person would give
 * each of its fields. The citizen is never offered: their own values never go into this section.
 */
export function SectionItem(props: { section: Section; chosen: string | null; onChoose: (personId: string | null) => void }) {
  const { section } = props;
  const german = uiLanguage().startsWith('de');
  const id = `section-${section.section.replace('|', '-')}`;
  const person = section.candidates.find((c) => c.personId === props.chosen);
  const valueOf = new Map(person?.values.map((v) => [v.attributeId, v.value]));
  return (
    <li class="section" id={id}>
      <label for={`${id}-person`} class="section-title">
        {t('confirmSectionTitle', [sectionTitle(section)])}
      </label>
      <select
        id={`${id}-person`}
        value={props.chosen ?? ''}
        onChange={(e) => props.onChoose((e.target as HTMLSelectElement).value || null)}
      >
        {section.candidates.map((c) => (
          <option key={c.personId} value={c.personId}>
            {c.name || t(`personTitle_${c.role}`, [''])}
          </option>
        ))}
        <option value="">{t('confirmSectionNobody')}</option>
      </select>
      <dl class="section-values">
        {section.fields.map((field) => {
          const value = valueOf.get(field.attributeId);
          const info = ATTRIBUTE_CATALOG[field.attributeId];
          return (
            <div key={field.attributeId}>
              {/* The page's own words only as a tooltip: the section title already says whose fields these are. */}
              <dt title={quotePageText(field.fieldLabel) !== '' ? t('confirmFieldLabel', [quotePageText(field.fieldLabel)]) : undefined}>
                {german ? info.labelDe : info.labelEn}
              </dt>
              <dd class={value === undefined ? 'meta' : 'value'}>
                {value === undefined ? t('confirmSectionEmpty') : displayValue(field.attributeId, value)}
              </dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}
