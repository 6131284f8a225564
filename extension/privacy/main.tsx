import { render } from 'preact';
import policy from '../../docs/PRIVACY.md?raw';
import { PrivacyApp } from './privacy-app.tsx';

// Composition root of the privacy page: the policy text as the build found it, rendered once.
render(<PrivacyApp markdown={policy} />, document.getElementById('app') as HTMLElement);
