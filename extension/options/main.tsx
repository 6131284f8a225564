import { render } from 'preact';
import { applyLanguage, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { OptionsApp } from './options-app.tsx';

// Composition root of the options page: the citizen's language first, then the first render.
const language = await requestBackground('ui.language', {});
await applyLanguage(language.ok ? language.value.choice : 'auto');
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
