import { render } from 'preact';
import { uiLanguage } from '../platform/i18n.ts';
import { App } from './app.tsx';

// Composition root of the popup.
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
render(<App />, document.getElementById('app') as HTMLElement);
