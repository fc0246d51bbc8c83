import { expect, type APIResponse, type Response } from "@playwright/test";

/**
 * The headers every response of the app carries (lib/security/headers.ts), asserted by the access-control
 * spec on every route for every role, and by the security-headers spec.
 */
export function expectSecurityHeaders(response: Response | APIResponse | null, where: string): void {
  expect(response, where).not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${where}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp, `${where}: CSP`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp, `${where}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${where}: CSP`).toContain("object-src 'none'");
  expect(csp, `${where}: CSP`).toContain("base-uri 'self'");
  expect(headers["x-frame-options"], `${where}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${where}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${where}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], `${where}: Permissions-Policy`).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // The e2e server is plain http (APP_URL http://…): no HSTS there (lib/security/headers.test.ts covers https).
  expect(headers["strict-transport-security"], `${where}: HSTS`).toBeUndefined();
}
