import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../../shared/protocol/protocol-spec.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import { activeTabId, tabOrigin } from '../../platform/active-tab.ts';
import { requestHostPermission } from '../../platform/request-host.ts';
import { t } from '../../platform/i18n.ts';
import { errorText } from '../../ui/error-text.ts';
import { requestBackground } from '../../ui/background-client.ts';

type Page = ResponseOf<UiProtocol, 'page.current'>['page'];
type Choices = Omit<Extract<ResponseOf<UiProtocol, 'signin.request'>, { status: 'choose-account' }>, 'status'>;
type Choice = { credentialId?: string; route?: { id: number; target: string } };
type SignInDone = Exclude<ResponseOf<UiProtocol, 'signin.request'>['status'], 'choose-account'>;

/** What the popup says after "Anmelden", by outcome. */
const SIGN_IN_RESULTS: Readonly<Record<SignInDone, string>> = {
  submitted: 'resultSubmitted',
  'method-chosen': 'resultMethodChosen',
  'eid-started': 'resultEidStarted',
  'choose-file': 'resultChooseFile',
};

/**
 * "6 Felder ausgefüllt." — and, when the page had values already, how many were left as the portal put
 * them and how many already held the citizen's own (decide-prefill.ts).
 */
function filledText(counts: { filled: number; kept: number; unchanged: number }): string {
  const extras = [
    counts.unchanged > 0 ? t('resultUnchanged', [String(counts.unchanged)]) : '',
    counts.kept > 0 ? t('resultKept', [String(counts.kept)]) : '',
  ].filter(Boolean);
  return extras.length === 0
    ? t('resultFilled', [String(counts.filled)])
    : t('resultFilledWith', [String(counts.filled), extras.join(', ')]);
}

/** How often, and how far apart, the popup asks again for a portal page that has not reported yet (10 s in all). */
const PAGE_ASKS = 40;
const PAGE_ASK_INTERVAL_MS = 250;

/** "BundID erkannt – Anmelden", "Formular erkannt – Ausfüllen": the actions for the current tab. */
export function PagePanel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<Page>(null);
  const [message, setMessage] = useState<string>('');
  const [choices, setChoices] = useState<Choices>({ accounts: [], routes: [] });
  const [offer, setOffer] = useState<{ origin: string; username: string } | null>(null);
  /** An https site that is no portal yet: the citizen may add it here (portals.add in the click). */
  const [addable, setAddable] = useState<string | null>(null);
  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void activeTabId(location.search).then(async (id) => {
      setTabId(id);
      if (id === null) return;
      // A portal page still loading has not reported yet: asked again, a bounded number of times, so
      // its actions appear as soon as it has (the popup is often opened right after a click on a link).
      for (let asked = 1; !closed; asked++) {
        const current = await requestBackground('page.current', { tabId: id });
        if (!current.ok || closed) return;
        setPage(current.value.page);
        setOffer(current.value.offer);
        if (current.value.page !== null) return;
        const origin = await tabOrigin(id);
        const portals = await requestBackground('portal.list', {});
        const known = portals.ok && portals.value.portals.some((p) => p.origins.includes(origin ?? ''));
        setAddable(known ? null : origin);
        if (!known || asked >= PAGE_ASKS) return;
        await new Promise((resolve) => (timer = setTimeout(resolve, PAGE_ASK_INTERVAL_MS)));
      }
    });
    return () => {
      closed = true;
      clearTimeout(timer);
    };
  }, []);

  const fill = (): void => {
    if (tabId === null) return;
    void requestBackground('fill.request', { tabId }).then((result) => {
      if (!result.ok) return setMessage(errorText(result.error.code));
      const { value } = result;
      if (value.status === 'filled') return setMessage(filledText(value));
      setMessage(value.status === 'needs-consent' ? t('resultConsent') : t('resultNothing'));
    });
  };
  const signIn = (choice: Choice = {}): void => {
    if (tabId === null) return;
    void requestBackground('signin.request', { tabId, ...choice }).then((result) => {
      if (!result.ok) return setMessage(errorText(result.error.code));
      if (result.value.status === 'choose-account') {
        setChoices({ accounts: result.value.accounts, routes: result.value.routes });
        return setMessage(t('resultChoose'));
      }
      setChoices({ accounts: [], routes: [] });
      setMessage(t(SIGN_IN_RESULTS[result.value.status]));
    });
  };

  const addSite = async (origin: string): Promise<void> => {
    // The browser asks for access to exactly this site, inside the citizen's click.
    if (!(await requestHostPermission(origin))) return setMessage(t('portalDenied'));
    const added = await requestBackground('portal.add', { origin, name: new URL(origin).hostname });
    setMessage(added.ok ? t('portalAddedReload', [added.value.name]) : errorText(added.error.code));
    if (added.ok) setAddable(null);
  };
  const decideOffer = (save: boolean): void => {
    if (tabId === null) return;
    void requestBackground('credential.decideOffer', { tabId, save }).then((result) => {
      setOffer(null);
      setMessage(result.ok ? t(save ? 'offerSaved' : 'offerIgnored') : errorText(result.error.code));
    });
  };

  return (
    <section aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      <p id="page-state">
        {page
          ? t(page.kind === 'login' ? 'pageLogin' : page.kind === 'form' ? 'pageForm' : 'pageNone', [page.portalName])
          : t('pageUnknown')}
      </p>
      {page?.retired && <p class="note">{t('retiredPortal')}</p>}
      {page?.organisation && <p class="note">{t('organisationPortal')}</p>}
      <div class="actions">
        {page?.kind === 'login' && !page.retired && (
          <button type="button" id="sign-in" onClick={() => signIn()}>
            {t('actionSignIn')}
          </button>
        )}
        {page?.kind === 'form' && (
          <button type="button" id="fill" onClick={fill}>
            {t('actionFill')}
          </button>
        )}
        {addable && (
          <button type="button" id="add-site" onClick={() => void addSite(addable)}>
            {t('actionAddSite', [new URL(addable).hostname])}
          </button>
        )}
      </div>
      {offer && (
        <div class="offer" role="group" aria-labelledby="offer-text">
          <p id="offer-text">{t('offerSave', [offer.username, offer.origin])}</p>
          <div class="actions">
            <button type="button" id="offer-save" onClick={() => decideOffer(true)}>
              {t('offerSaveButton')}
            </button>
            <button type="button" id="offer-ignore" onClick={() => decideOffer(false)}>
              {t('offerIgnoreButton')}
            </button>
          </div>
        </div>
      )}
      <p id="page-result" role="status" aria-live="polite">
        {message}
      </p>
      {choices.accounts.length + choices.routes.length > 0 && (
        <ul class="accounts" aria-label={t('resultChoose')}>
          {choices.accounts.map((a) => (
            <li key={a.id}>
              <button type="button" onClick={() => signIn({ credentialId: a.id })}>
                {a.username}
              </button>
            </li>
          ))}
          {choices.routes.map((r) => (
            <li key={r.id}>
              <button type="button" class="route" onClick={() => signIn({ route: { id: r.id, target: r.target } })}>
                {t('actionSignInVia', [r.portalName])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
