import type { MockResponse } from './mock-eid-service.ts';

/**
 * BundID's answer to a sign-in with username and password: the account page the citizen lands on,
 * so the demo shows where the one-click sign-in leads. Any username and password are accepted; the
 * page names neither. Every other request falls through to the fixture files.
 */
export function bundIdSignedIn(method: string, url: URL, body: string): MockResponse | null {
  if (method !== 'POST' || url.pathname !== '/idp/profile/SAML2/POST/SSO') return null;
  const form = new URLSearchParams(body);
  if (!form.get('username') || !form.get('password')) return null;
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>BundID – Mein Konto</title><link rel="stylesheet" href="/bundid.css"></head>
<body><header><strong>BundID</strong> Das zentrale Konto für Bürgerinnen und Bürger</header>
<main><h1>Sie sind angemeldet</h1><p>Willkommen in Ihrem BundID-Konto (Basisregistrierung, Vertrauensniveau „niedrig“).</p></main></body></html>`,
  };
}
