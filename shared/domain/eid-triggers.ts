/**
 * Addresses that start an eID flow in AusweisApp (docs/PORTALS.md §10; TR-03124-1 §2.2): the desktop
 * eID-Client on 127.0.0.1 or localhost port 24727, and the mobile forms. Query keys are
 * case-insensitive; the `tcTokenURL` names the eID server.
 */
export const EID_CLIENT_TRIGGERS: readonly RegExp[] = [
  /^http:\/\/(127\.0\.0\.1|localhost):24727\/eID-Client\?/i,
  /^eid:\/\/(127\.0\.0\.1|localhost):24727\/eID-Client\?/i,
  /^https:\/\/www\.ausweisapp\.bund\.de\/eID-Client\?/i,
];

export function isEidClientUrl(url: string): boolean {
  return url.length <= 4096 && EID_CLIENT_TRIGGERS.some((pattern) => pattern.test(url));
}
