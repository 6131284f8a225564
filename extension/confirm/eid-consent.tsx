import { useState } from 'preact/hooks';
import type { AccessRight, EidStep } from '../../shared/protocol/eid-messages.ts';
import { formatIsoCalendarDate } from '../../shared/vocabulary/format-timestamp.ts';
import { t } from '../platform/i18n.ts';

type Consent = Extract<EidStep, { state: 'consent' }>;

/** The host of a URL as the browser shows it: punycode stays punycode, so a lookalike is visible. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * The provider's certificate and the data it wants (TR-03124-1 §3.8): holder name and address, purpose,
 * validity, the full terms on request; required rights fixed, optional ones can be switched off.
 */
export function EidConsent(props: { step: Consent; onAccept: (optional: AccessRight[]) => void; onCancel: () => void }) {
  const { step } = props;
  const { certificate } = step;
  const [kept, setKept] = useState<Set<AccessRight>>(new Set(step.optional.filter((r) => step.effective.includes(r))));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onAccept([...kept]);
      }}
    >
      <h2>{t('eidProviderHeading')}</h2>
      <dl class="certificate">
        <dt>{t('eidProvider')}</dt>
        <dd id="eid-subject-name">{certificate.subjectName}</dd>
        <dt>{t('eidProviderAddress')}</dt>
        <dd class="origin" id="eid-subject-url">
          {hostOf(certificate.subjectUrl)}
        </dd>
        {certificate.purpose && (
          <>
            <dt>{t('eidPurpose')}</dt>
            <dd id="eid-purpose">{certificate.purpose}</dd>
          </>
        )}
        <dt>{t('eidValidity')}</dt>
        <dd>
          {t('eidValidFromTo', [formatIsoCalendarDate(certificate.effectiveDate), formatIsoCalendarDate(certificate.expirationDate)])}
        </dd>
        <dt>{t('eidIssuer')}</dt>
        <dd>{certificate.issuerName}</dd>
      </dl>
      <details>
        <summary>{t('eidTerms')}</summary>
        <pre class="terms">{certificate.termsOfUsage}</pre>
      </details>
      {step.requiredAge !== null && <p class="meta">{t('eidAgeCheck', [step.requiredAge])}</p>}
      {step.transactionInfo !== null && <p class="meta">{t('eidTransactionInfo', [step.transactionInfo])}</p>}
      <fieldset>
        <legend>{t('eidRightsHeading')}</legend>
        <ul class="rights">
          {step.required.map((right) => (
            <li key={right}>
              <input type="checkbox" id={`right-${right}`} checked disabled />{' '}
              <label for={`right-${right}`}>
                {t(`right_${right}`)} <span class="meta">({t('eidRequired')})</span>
              </label>
            </li>
          ))}
          {step.optional.map((right) => (
            <li key={right}>
              <input
                type="checkbox"
                id={`right-${right}`}
                checked={kept.has(right)}
                onChange={(e) => {
                  const next = new Set(kept);
                  if ((e.target as HTMLInputElement).checked) next.add(right);
                  else next.delete(right);
                  setKept(next);
                }}
              />{' '}
              <label for={`right-${right}`}>
                {t(`right_${right}`)} <span class="meta">({t('eidOptional')})</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" id="eid-accept">
          {t('eidAccept')}
        </button>
        <button type="button" id="eid-cancel" onClick={props.onCancel}>
          {t('confirmCancel')}
        </button>
      </div>
    </form>
  );
}
