/**
 * Whether this top-level page was opened by another site (docs/SECURITY.md T11), or null when it has no
 * opener at all. A same-origin opener is not enough to count as first-party: a site can open a portal
 * page and then navigate itself to the portal's origin. So the page must also have been requested from
 * its own origin (`document.referrer`); a site that hides its referrer (`no-referrer`) counts as another
 * site. The background keeps the verdict for the tab's life, so a later page of the same tab (a
 * redirect, a click) stays silent too.
 */
export function openedByAnotherSite(win: Window, doc: Document): boolean | null {
  if (!win.opener) return null;
  try {
    if ((win.opener as Window).location.origin !== win.location.origin) return true;
  } catch {
    return true;
  }
  try {
    return new URL(doc.referrer).origin !== win.location.origin;
  } catch {
    return true;
  }
}
