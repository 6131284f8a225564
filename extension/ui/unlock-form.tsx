import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { errorText } from './error-text.ts';

/** The vault is locked: unlock here, then the request continues. */
export function UnlockForm(props: { onUnlocked: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Focus goes to the passphrase when the form appears (after "Sperren" too), not only on page load.
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const input = event.currentTarget.elements.namedItem('passphrase') as HTMLInputElement;
        void requestBackground('vault.unlock', { passphrase: input.value }).then((result) => {
          input.value = '';
          if (result.ok) props.onUnlocked();
          else setError(result.error.code === 'WRONG_PASSPHRASE' ? t('unlockWrong') : errorText(result.error.code));
        });
      }}
    >
      <p>{t('unlockIntro')}</p>
      <label for="passphrase">{t('unlockLabel')}</label>{' '}
      <input id="passphrase" name="passphrase" type="password" autocomplete="current-password" required ref={input} />
      {error && <p role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="primary">
          {t('unlockButton')}
        </button>
      </div>
    </form>
  );
}
