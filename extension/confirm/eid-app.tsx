import { useEffect, useRef, useState } from 'preact/hooks';
import type { EidAction, EidView } from '../../shared/protocol/eid-messages.ts';
import type { Result } from '../../shared/protocol/result.ts';
import { closeWindow } from '../platform/active-tab.ts';
import { t } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { EidCardStep } from './eid-card-step.tsx';
import { EidConsent } from './eid-consent.tsx';
import { EidNewPinForm } from './eid-new-pin-form.tsx';
import { EidNumberForm } from './eid-number-form.tsx';
import { EidWalletReview } from './eid-wallet-review.tsx';
import { UnlockForm } from '../ui/unlock-form.tsx';

/** Failures after which trying again cannot help: the portal's own data is not acceptable. */
const FINAL_FAILURES = new Set(['SUBJECT_NOT_ALLOWED', 'RIGHTS_NOT_ALLOWED', 'REFRESH_NOT_ALLOWED', 'CARD_BLOCKED', 'PEER_MISBEHAVED']);

/**
 * The eID flow in an extension-owned window (docs/EID.md §12): provider certificate and rights, then the
 * card, the PIN (or "type it on your reader"), progress, the result. Only the latest request's answer
 * is shown, so a long poll that returns late never overwrites a newer step.
 */
export function EidApp(props: { eidRef: string }) {
  const [view, setView] = useState<Result<EidView> | null>(null);
  const [locked, setLocked] = useState(false);
  const latest = useRef(0);
  const ref = props.eidRef;

  const apply = async (request: () => Promise<Result<EidView>>): Promise<Result<EidView>> => {
    const seq = ++latest.current;
    const result = await request();
    if (seq === latest.current) setView(result);
    return result;
  };
  const act = (action: EidAction): Promise<Result<EidView>> => apply(() => requestBackground('eid.act', { ref, action }));

  useEffect(() => void apply(() => requestBackground('eid.view', { ref })), [ref]);

  // While AusweisApp works or waits for a card, ask for the next step (a long poll in the helper).
  const state = view?.ok ? view.value.step?.state : undefined;
  useEffect(() => {
    if (state === 'working' || state === 'card') void act({ type: 'wait', waitMs: 15_000 });
  }, [view]);

  useEffect(() => {
    if (view?.ok && view.value.completed) setTimeout(closeWindow, 2500);
  }, [view]);

  // Closing the window mid-flow cancels it (best effort; the background also cancels a left-behind
  // flow when the next one starts, and the helper after five idle minutes).
  const running = view?.ok === true && view.value.step !== null && view.value.step.state !== 'done';
  useEffect(() => {
    if (!running) return undefined;
    const leave = (): void => void requestBackground('eid.act', { ref, action: { type: 'cancel' } });
    addEventListener('pagehide', leave);
    return () => removeEventListener('pagehide', leave);
  }, [running, ref]);

  if (view === null) return <p role="status">{t('statusLoading')}</p>;
  if (!view.ok) return <p role="alert">{t(view.error.code === 'NOT_FOUND' ? 'confirmExpired' : 'errorGeneric', [view.error.code])}</p>;
  if (locked)
    return (
      <UnlockForm
        onUnlocked={() => {
          setLocked(false);
          void apply(() => requestBackground('eid.view', { ref }));
        }}
      />
    );
  const { value } = view;
  const cancel = (): void => void act({ type: 'cancel' });
  // A PIN change in its own window; the background cancels this flow when that one starts.
  const changePin = (): void => void requestBackground('eid.changePin', {}).then((started) => started.ok && closeWindow());
  const title =
    value.purpose === 'wallet' ? t('eidWalletTitle') : value.purpose === 'changePin' ? t('eidChangePinTitle') : value.portalName;
  const header = (
    <div class="portal">
      <strong id="eid-portal-name">{title}</strong>
      {value.origin && (
        <span class="origin" id="eid-portal-origin">
          {value.origin}
        </span>
      )}
    </div>
  );

  if (value.problem !== null) {
    return (
      <>
        {header}
        <p role="alert" id="eid-problem">
          {t(`eidProblem_${value.problem}`)}
        </p>
        <div class="actions">
          {value.problem !== 'EID_NOT_ALLOWED' && (
            <button type="button" id="eid-retry" onClick={() => void apply(() => requestBackground('eid.retry', { ref }))}>
              {t('eidRetry')}
            </button>
          )}
          <button type="button" onClick={closeWindow}>
            {t('eidClose')}
          </button>
        </div>
      </>
    );
  }
  const step = value.step;
  if (step === null || step.state === 'working') {
    return (
      <>
        {header}
        <p role="status" id="eid-working">
          {t('eidWorking')}
        </p>
        <progress max={100} value={step?.progress ?? undefined} aria-label={t('eidProgress')} />
        <div class="actions">
          <button type="button" id="eid-cancel" onClick={cancel}>
            {t('confirmCancel')}
          </button>
        </div>
      </>
    );
  }
  switch (step.state) {
    case 'consent':
      return (
        <>
          {header}
          <EidConsent step={step} onAccept={(optional) => void act({ type: 'accept', optional })} onCancel={cancel} />
        </>
      );
    case 'card':
      return (
        <>
          {header}
          <EidCardStep step={step} onInsert={(reader) => void act({ type: 'insertCard', reader })} onCancel={cancel} />
        </>
      );
    case 'pin':
    case 'can':
    case 'puk':
      return (
        <>
          {header}
          <EidNumberForm
            step={{ ...step, state: step.state }}
            purpose={value.purpose}
            onEnter={(entered) => act({ type: 'enter', kind: step.state, ...(entered === undefined ? {} : { value: entered }) })}
            onCancel={cancel}
            onChangePin={changePin}
          />
        </>
      );
    case 'newPin':
      return (
        <>
          {header}
          <EidNewPinForm
            step={{ ...step, state: step.state }}
            onEnter={(entered) => act({ type: 'enter', kind: 'newPin', ...(entered === undefined ? {} : { value: entered }) })}
            onCancel={cancel}
          />
        </>
      );
    case 'done':
      if (step.ok && value.purpose === 'signin') {
        return (
          <>
            {header}
            <p role="status" id="eid-result">
              {t('eidSignedIn')}
            </p>
            <p>{t('eidRemoveCard')}</p>
          </>
        );
      }
      if (step.ok && value.purpose === 'changePin') {
        return (
          <>
            {header}
            <p role="status" id="eid-result">
              {t('eidPinChanged')}
            </p>
            <p>{t('eidRemoveCard')}</p>
            <div class="actions">
              <button type="button" class="primary" id="eid-close" onClick={closeWindow}>
                {t('eidClose')}
              </button>
            </div>
          </>
        );
      }
      if (step.ok) {
        return (
          <>
            {header}
            <EidWalletReview
              view={value}
              onStore={async (accept) => {
                const stored = await apply(() => requestBackground('wallet.store', { ref, accept }));
                if (!stored.ok && stored.error.code === 'LOCKED') {
                  setView(view);
                  setLocked(true);
                }
              }}
            />
          </>
        );
      }
      return (
        <>
          {header}
          <p role="alert" id="eid-failure">
            {t(`eidFailure_${step.failure}`)}
          </p>
          {step.message && (
            <p class="meta" id="eid-failure-detail">
              {t('eidAusweisAppSays', [step.message])}
            </p>
          )}
          <div class="actions">
            {!FINAL_FAILURES.has(step.failure) && (
              <button
                type="button"
                class="primary"
                id="eid-retry"
                onClick={() => void apply(() => requestBackground('eid.retry', { ref }))}
              >
                {t('eidRetry')}
              </button>
            )}
            <button type="button" id="eid-close" onClick={closeWindow}>
              {t('eidClose')}
            </button>
          </div>
        </>
      );
  }
}
