import { findPortalByOrigin } from '../../shared/domain/portal.ts';
import { SHIPPED_PORTALS } from '../../shared/domain/shipped-portals.ts';
import { contentProtocol } from '../../shared/protocol/content-protocol.ts';
import { backgroundClient } from '../platform/runtime-messaging.ts';
import { composeContent } from './compose-content.ts';

// Composition root of the content script: it runs only on registry origins, in the top frame, from
// document_start, and exposes nothing to the page (no DOM marks, no page-visible events). Its parts
// are made now, before any page script runs (compose-content.ts), and started once the DOM is parsed.

const controller = new AbortController();
addEventListener('pagehide', () => controller.abort(), { once: true });
const { start } = composeContent({
  win: window,
  doc: document,
  signal: controller.signal,
  abort: () => controller.abort(),
  request: backgroundClient(contentProtocol),
  overrides: findPortalByOrigin(SHIPPED_PORTALS, location.origin)?.fieldOverrides ?? [],
  now: () => performance.now(),
});

if (window.top === window) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true, signal: controller.signal });
  else start();
}
