import { describe, expect, it } from 'vitest';
import { identifySender, type SenderFacts } from '../../../../extension/background/identify-sender.ts';

const ours = {
  extensionId: 'ejknmpaheghgkhjochcmaoiikpanjnil',
  baseUrl: 'chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/',
  isRegisteredOrigin: (origin: string) => origin === 'https://id.bund.de',
};
const who = (facts: SenderFacts) => identifySender(facts, ours);
const id = ours.extensionId;

describe('identifySender', () => {
  it('recognises our extension pages by path, also when opened in a tab', () => {
    expect(who({ id, url: `${ours.baseUrl}popup/index.html` })).toEqual({ kind: 'popup' });
    expect(who({ id, url: `${ours.baseUrl}options/index.html`, tabId: 4, frameId: 0 })).toEqual({ kind: 'options' });
    expect(who({ id, url: `${ours.baseUrl}confirm/index.html?x=1` })).toEqual({ kind: 'confirm' });
  });

  it('refuses other extension URLs and other extensions', () => {
    expect(who({ id, url: `${ours.baseUrl}assets/popup.js` }).kind).toBeNull();
    expect(who({ id: 'another', url: `${ours.baseUrl}popup/index.html` }).kind).toBeNull();
    expect(who({ url: 'https://id.bund.de/', tabId: 1, frameId: 0 }).kind).toBeNull();
  });

  it('accepts a content script only in the top frame of a registered https origin', () => {
    expect(who({ id, url: 'https://id.bund.de/de/login', tabId: 7, frameId: 0 })).toEqual({
      kind: 'content',
      origin: 'https://id.bund.de',
      tabId: 7,
    });
    expect(who({ id, url: 'https://id.bund.de/de/login', tabId: 7, frameId: 3 })).toEqual({ kind: null, origin: 'https://id.bund.de' });
    expect(who({ id, url: 'https://id.bund.de/de/login', frameId: 0 }).kind).toBeNull();
  });

  it.each([
    'http://id.bund.de/de/login',
    'https://id.bund.de.evil.test/de/login',
    'https://evil.test/?https://id.bund.de',
    'https://id.bund.de:8443/',
    'https://user:pw@id.bund.de/',
    'data:text/html,hi',
  ])('refuses %s', (url) => {
    expect(who({ id, url, tabId: 1, frameId: 0 }).kind).toBeNull();
  });
});
