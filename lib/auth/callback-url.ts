/**
 * Where a browser may be sent after signing in (OWASP ASVS 5.1.5: no open redirect).
 *
 * The value is parsed as a URL against the app's own origin, exactly as a browser would resolve it, so the
 * tricks that slip past a string check ("/\evil.example", "/%09/evil.example", "//evil.example", tabs and
 * new lines) resolve to another origin and are refused. What comes back is a path of this app, re-serialised
 * by the URL parser: always ASCII (a character above U+00FF is percent-encoded, never a 500 in a Location
 * header). Anything else is null: the caller sends the user to their role's home.
 */
export function safeCallbackPath(raw: string | null | undefined, appOrigin: string): string | null {
  if (!raw) return null;
  let url: URL;
  let origin: string;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(raw, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes would be read as another host if it were ever used as a relative URL.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (!/^[\x21-\x7e]+$/.test(path)) return null;
  // Back to the sign-in page would only show the form again.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return null;
  return path;
}
