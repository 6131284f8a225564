import { render } from 'preact';
import { applyLanguage, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { App } from './app.tsx';

// Composition root of the popup: the citizen's language first, then the first render.
const language = await requestBackground('ui.language', {});
await applyLanguage(language.ok ? language.value.choice : 'auto');
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
render(<App />, document.getElementById('app') as HTMLElement);
