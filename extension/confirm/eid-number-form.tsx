import { useState } from 'preact/hooks';
import type { EidStep, EidView } from '../../shared/protocol/eid-messages.ts';
import type { Result } from '../../shared/protocol/result.ts';
import { t } from '../platform/i18n.ts';

type NumberStep = Extract<EidStep, { state: 'pin' | 'can' | 'puk' }>;

/**
 * PIN, CAN or PUK (TR-03124-1 §3.8): on a keypad reader the number is typed there, never here; on a
 * basic reader digits only, checked before sending. The field is emptied as soon as it is sent, and
 * the number is kept nowhere else.
 */
export function EidNumberForm(props: { step: NumberStep; onEnter: (value: string | undefined) => Promise<Result<EidView>>; onCancel: () => void }) {
  const { step } = props;
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const digits = step.state === 'puk' ? 10 : 6;
  const intro = t(`eidEnter_${step.state}`);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!step.keypad && !new RegExp(`^[0-9]{${digits}}$`).test(value)) {
      setError(t('eidDigits', [String(digits)]));
      return;
    }
    const entered = step.keypad ? undefined : value;
    setValue('');
    setError(null);
    const result = await props.onEnter(entered);
    if (!result.ok) setError(t('errorGeneric', [result.error.code]));
  };
  // One warning at a time: the retry counter already says the PIN was wrong.
  const retriesShown = step.retryCounter !== null && step.state === 'pin' && step.retryCounter < 3;
  return (
    <form onSubmit={(event) => void submit(event)} autocomplete="off">
      <p id="eid-number-intro">{intro}</p>
      {retriesShown && <p class="warning" role="alert" id="eid-retry-counter">{t('eidRetriesLeft', [String(step.retryCounter)])}</p>}
      {step.invalid && !retriesShown && <p class="warning" role="alert" id="eid-invalid-entry">{t('eidInvalidEntry')}</p>}
      {step.keypad ? (
        <p class="keypad" id="eid-keypad">{t('eidUseKeypad')}</p>
      ) : (
        <p>
          <label for="eid-number">{t(`eidLabel_${step.state}`)}</label>{' '}
          <input
            id="eid-number" type="password" inputMode="numeric" autocomplete="off" maxLength={digits} pattern={`[0-9]{${digits}}`}
            value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value.replace(/\D/g, '').slice(0, digits))} required
          />
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary" id="eid-enter">{t(step.keypad ? 'eidStartKeypad' : 'eidSend')}</button>
        <button type="button" id="eid-cancel" onClick={props.onCancel}>{t('confirmCancel')}</button>
      </div>
    </form>
  );
}
