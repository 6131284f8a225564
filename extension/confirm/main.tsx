import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n.ts';
import { ConfirmApp } from './confirm-app.tsx';
import { EidApp } from './eid-app.tsx';

// Composition root of the confirm window.
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
document.title = t('confirmTitle');
const params = new URLSearchParams(location.search);
const pendingId = params.get('pending') ?? '';
const eidRef = params.get('eid');
render(
  <>
    <header><h1>{t('confirmTitle')}</h1></header>
    <main>{eidRef !== null ? <EidApp eidRef={eidRef} /> : <ConfirmApp pendingId={pendingId} />}</main>
  </>,
  document.getElementById('app') as HTMLElement,
);
