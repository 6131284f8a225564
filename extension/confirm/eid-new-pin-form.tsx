import { useState } from 'preact/hooks';
import type { EidNumberStep, EidView } from '../../shared/protocol/eid-messages.ts';
import type { Result } from '../../shared/protocol/result.ts';
import { t } from '../platform/i18n.ts';

type NewPinStep = EidNumberStep & { state: 'newPin' };

/** A PIN has six digits (TR-03124-1); the Transport-PIN's five are never a new PIN. */
const NEW_PIN = /^[0-9]{6}$/;

/**
 * The new PIN of a PIN change (docs/EID.md §6a): typed twice here and compared here, so a typo never
 * reaches the card, then sent once; both fields are emptied at once. A keypad reader asks twice itself.
 */
export function EidNewPinForm(props: {
  step: NewPinStep;
  onEnter: (value: string | undefined) => Promise<Result<EidView>>;
  onCancel: () => void;
}) {
  const { step } = props;
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<string | null>(null);
  const digitsOnly = (e: Event): string => (e.target as HTMLInputElement).value.replace(/\D/g, '').slice(0, 6);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!step.keypad) {
      if (!NEW_PIN.test(first)) return setError(t('eidDigits', ['6']));
      if (first !== second) {
        setFirst('');
        setSecond('');
        return setError(t('eidNewPinMismatch'));
      }
    }
    const entered = step.keypad ? undefined : first;
    setFirst('');
    setSecond('');
    setError(null);
    const result = await props.onEnter(entered);
    if (!result.ok) setError(t('errorGeneric', [result.error.code]));
  };
  // noValidate: our own German message says what is wrong, instead of the browser's bubble.
  return (
    <form onSubmit={(event) => void submit(event)} autocomplete="off" noValidate>
      <p id="eid-number-intro">{t('eidEnter_newPin')}</p>
      {step.invalid && (
        <p class="warning" role="alert" id="eid-invalid-entry">
          {t('eidInvalidEntry')}
        </p>
      )}
      {step.keypad ? (
        <p class="keypad" id="eid-keypad">
          {t('eidNewPinKeypad')}
        </p>
      ) : (
        <>
          <p>
            <label for="eid-new-pin">{t('eidLabel_newPin')}</label>{' '}
            <input
              id="eid-new-pin"
              type="password"
              inputMode="numeric"
              autocomplete="new-password"
              maxLength={6}
              pattern="[0-9]{6}"
              value={first}
              onInput={(e) => setFirst(digitsOnly(e))}
              required
            />
          </p>
          <p>
            <label for="eid-new-pin-repeat">{t('eidLabel_newPinRepeat')}</label>{' '}
            <input
              id="eid-new-pin-repeat"
              type="password"
              inputMode="numeric"
              autocomplete="new-password"
              maxLength={6}
              pattern="[0-9]{6}"
              value={second}
              onInput={(e) => setSecond(digitsOnly(e))}
              required
            />
          </p>
        </>
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
    </form>
  );
}
