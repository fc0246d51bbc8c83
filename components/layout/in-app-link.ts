/**
 * The page of this app a click opens in this tab: a plain left click on a same-origin link that opens in
 * this tab and is not a download, not already handled by another listener; null otherwise (modified clicks
 * open a new tab or window). Shared by the navigation indicator and the questionnaire's offline pages, which
 * must agree on what counts as leaving the page.
 */
export function inAppLinkTarget(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element | null)?.closest?.("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  return url.origin === window.location.origin ? url : null;
}
