import type { RefusalKind } from "./refusals";

/**
 * Requests another site can make a signed-in browser send (OWASP ASVS 4.2.2 / 13.2.3). SameSite=Lax still
 * sends the session cookie on a top-level GET from a link elsewhere, and the report and export GETs are
 * costly (a PDF render, a full export): a page elsewhere could make a coordinator's browser run them.
 * Browsers label every request with Sec-Fetch-Site; "cross-site" is refused for those routes. Typing
 * the address, a bookmark ("none") and the app's own links ("same-origin") pass; so do clients that send
 * no fetch metadata at all (scripts with their own session, already subject to every check).
 * A server action posted from another origin is refused the same way, with a 403 and a message instead of
 * the 500 Next.js gives it.
 */
const COSTLY_GET_PREFIXES = ["/api/reports/", "/api/exports/"];

export function crossSiteRefusal(request: { method: string; pathname: string; headers: Pick<Headers, "get"> }): RefusalKind | null {
  const site = request.headers.get("sec-fetch-site");
  const isCrossSite = site === "cross-site" || (site === "same-site" && request.method !== "GET");
  if (request.method === "GET" && site === "cross-site" && COSTLY_GET_PREFIXES.some((prefix) => request.pathname.startsWith(prefix))) {
    return "cross-site";
  }
  if (request.method === "POST" && request.headers.get("next-action") !== null) {
    if (isCrossSite || !isSameHost(request.headers.get("origin"), request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) return "cross-site";
  }
  return null;
}

/**
 * As Next.js's own check: the forwarded host when a trusted proxy set it (the socket guard drops it when
 * TRUST_PROXY is 0), else Host. A browser always sends Origin with a POST; no Origin at all is a non-browser client (left to the other checks). */
function isSameHost(origin: string | null, host: string | null): boolean {
  if (origin === null) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
