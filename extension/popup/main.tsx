import { render } from 'preact';
import { applyLanguage, uiLanguage } from '../platform/i18n.ts';
import { readResponse } from '../../shared/protocol/read-response.ts';
import { uiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { requestBackground } from '../ui/background-client.ts';
import { App } from './app.tsx';

/** Set by popup/early.js (a classic script that runs while the page is parsed); absent if it failed. */
const early = (globalThis as { amtspassEarly?: { vaultStatus: Promise<unknown>; language: Promise<unknown> } }).amtspassEarly;

// Composition root of the popup: the citizen's language first, then the first render.
// Both questions go out together: the vault's state is on its way while the language loads.
const vaultStatus = early
  ? early.vaultStatus.then((raw) => readResponse(uiProtocol, 'vault.status', raw))
  : requestBackground('vault.status', {});
const language = early ? readResponse(uiProtocol, 'ui.language', await early.language) : await requestBackground('ui.language', {});
await applyLanguage(language.ok ? language.value.choice : 'auto');
document.documentElement.lang = uiLanguage().startsWith('de') ? 'de' : 'en';
// The vault's answer is usually in by now: the first render is already the final view.
render(<App initialVault={await vaultStatus} />, document.getElementById('app') as HTMLElement);
