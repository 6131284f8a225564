import { useState } from 'preact/hooks';
import { numberLengths, type EidNumberStep, type EidPurpose, type EidView } from '../../shared/protocol/eid-messages.ts';
import type { Result } from '../../shared/protocol/result.ts';
import { t } from '../platform/i18n.ts';

type NumberStep = EidNumberStep & { state: 'pin' | 'can' | 'puk' };

/** The five digits of a Transport-PIN, typed where a sign-in wants the six of a PIN. */
const TRANSPORT_PIN_LENGTH = 5;

/**
 * PIN, CAN or PUK (TR-03124-1 §3.8): on a keypad reader the number is typed there, never here; on a
 * basic reader digits only, checked before sending. The field is emptied as soon as it is sent, and
 * the number is kept nowhere else. In a PIN change the current PIN may be the five-digit Transport-PIN;
 * in a sign-in, five digits mean the citizen has not set a PIN yet, so the window offers to set one.
 */
export function EidNumberForm(props: {
  step: NumberStep;
  purpose: EidPurpose;
  onEnter: (value: string | undefined) => Promise<Result<EidView>>;
  onCancel: () => void;
  onChangePin: () => void;
}) {
  const { step, purpose } = props;
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lengths = numberLengths(step.state, purpose);
  const digits = Math.max(...lengths);
  const changing = purpose === 'changePin' && step.state === 'pin';
  const intro = t(changing ? 'eidEnter_pin_changePin' : `eidEnter_${step.state}`);
  const offerChange = purpose === 'signin' && step.state === 'pin';
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!step.keypad && !(/^[0-9]+$/.test(value) && lengths.includes(value.length))) {
      setError(
        offerChange && value.length === TRANSPORT_PIN_LENGTH
          ? t('eidTransportPinHint')
          : changing
            ? t('eidDigits_pin_changePin')
            : t('eidDigits', [String(digits)]),
      );
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
  // noValidate: our own German message says what is wrong, instead of the browser's bubble.
  return (
    <form onSubmit={(event) => void submit(event)} autocomplete="off" noValidate>
      <p id="eid-number-intro">{intro}</p>
      {retriesShown && (
        <p class="warning" role="alert" id="eid-retry-counter">
          {t('eidRetriesLeft', [String(step.retryCounter)])}
        </p>
      )}
      {step.invalid && !retriesShown && (
        <p class="warning" role="alert" id="eid-invalid-entry">
          {t('eidInvalidEntry')}
        </p>
      )}
      {step.keypad ? (
        <p class="keypad" id="eid-keypad">
          {t('eidUseKeypad')}
        </p>
      ) : (
        <p>
          <label for="eid-number">{t(changing ? 'eidLabel_pin_changePin' : `eidLabel_${step.state}`)}</label>{' '}
          <input
            id="eid-number"
            type="password"
            inputMode="numeric"
            autocomplete="off"
            maxLength={digits}
            pattern={lengths.map((n) => `[0-9]{${n}}`).join('|')}
            value={value}
            onInput={(e) => setValue((e.target as HTMLInputElement).value.replace(/\D/g, '').slice(0, digits))}
            required
          />
        </p>
      )}
      {error && (
        <p role="alert" id="eid-number-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="eid-enter">
          {t(step.keypad ? 'eidStartKeypad' : 'eidSend')}
        </button>
        <button type="button" id="eid-cancel" onClick={props.onCancel}>
          {t('confirmCancel')}
        </button>
      </div>
      {offerChange && (
        <p class="meta" id="eid-transport-pin">
          {t('eidTransportPinHint')}{' '}
          <button type="button" class="link" id="eid-start-change-pin" onClick={props.onChangePin}>
            {t('eidStartChangePin')}
          </button>
        </p>
      )}
    </form>
  );
}
