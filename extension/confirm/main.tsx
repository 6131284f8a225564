import { render } from 'preact';
import { applyLanguage, t, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { ConfirmApp } from './confirm-app.tsx';
import { EidApp } from './eid-app.tsx';

// Composition root of the confirm window: the citizen's language first, then the first render.
const language = await requestBackground('ui.language', {});
await applyLanguage(language.ok ? language.value.choice : 'auto');
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
const params = new URLSearchParams(location.search);
const eidRef = params.get('eid');
// The eID flow has its own title: the citizen must see at a glance that this is the card, not a form.
const title = t(eidRef !== null ? 'eidWindowTitle' : 'confirmTitle');
document.title = title;
const pendingId = params.get('pending') ?? '';
render(
  <>
    <header>
      <h1>{title}</h1>
    </header>
    <main>{eidRef !== null ? <EidApp eidRef={eidRef} /> : <ConfirmApp pendingId={pendingId} />}</main>
  </>,
  document.getElementById('app') as HTMLElement,
);
