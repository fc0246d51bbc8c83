/**
 * The security headers of every response (OWASP ASVS 14.4). Pure: proxy.ts calls it once per request with
 * a fresh nonce; the e2e suite (e2e/security-headers.spec.ts) asserts the result on every route.
 */
export type SecurityHeaderOptions = {
  /** A fresh, unpredictable value per request: Next.js reads it from the request's CSP and stamps its scripts. */
  nonce: string;
  /** The public URL is https: add HSTS and ask the browser to upgrade stray http sub-resources. */
  isHttps: boolean;
  /** `next dev` evaluates code with eval (React's call stacks); production never does. */
  isDev?: boolean;
};

/**
 * A strict, nonce-based policy: no inline script runs without the request's nonce ('strict-dynamic' lets
 * those scripts load the app's chunks), nothing may frame the app, forms post only to the app.
 * Style attributes (e.g. a progress bar's width) are allowed; style elements need the nonce.
 */
export function contentSecurityPolicy({ nonce, isHttps, isDev = false }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Browser features the app never uses are switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** Two years, subdomains included: sent only when the public URL is https (never on a plain-http demo). */
export const HSTS = "max-age=63072000; includeSubDomains";

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(options.isHttps ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** 128 random bits, base64: a CSP nonce-source. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
