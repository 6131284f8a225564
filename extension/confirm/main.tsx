import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n.ts';
import { ConfirmApp } from './confirm-app.tsx';

// Composition root of the confirm window.
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
document.title = t('confirmTitle');
const pendingId = new URLSearchParams(location.search).get('pending') ?? '';
render(
  <>
    <header><h1>{t('confirmTitle')}</h1></header>
    <main><ConfirmApp pendingId={pendingId} /></main>
  </>,
  document.getElementById('app') as HTMLElement,
);
