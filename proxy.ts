import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { isHttpsApp } from "@/lib/env";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { crossSiteRefusal } from "@/lib/security/fetch-metadata";
import { contentSecurityPolicy, newNonce, securityHeaders, type SecurityHeaderOptions } from "@/lib/security/headers";
import { logRefusal, refusalBody } from "@/lib/security/refusals";
import { REQUEST_PATH_HEADER } from "@/lib/session/request-path";

const { auth } = NextAuth(authConfig);

/**
 * Runs before every page, route handler and server action:
 * 1. sends signed-out visitors to sign-in (the `authorized` callback); role checks live in the pages,
 *    actions and route handlers themselves;
 * 2. refuses what another site makes a signed-in browser send: costly report/export GETs and server
 *    actions posted from another origin (lib/security/fetch-metadata.ts), with a 403 and a message;
 * 3. gives every response the security headers, with a fresh CSP nonce. Next.js reads the nonce from the
 *    request's Content-Security-Policy header and stamps it on its own scripts, so every page renders
 *    dynamically (they already do: they read the session and the language cookie).
 */
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const options = { nonce: newNonce(), isHttps: isHttpsApp(), isDev: process.env.NODE_ENV === "development" };
  const refusal = crossSiteRefusal({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) {
    logRefusal(refusal, 403, request.method, request.nextUrl.pathname, request.headers.get(REQUEST_ID_HEADER) ?? undefined);
    return withHeaders(new Response(refusalBody(refusal), { status: 403, headers: { "content-type": "application/json; charset=utf-8" } }), options);
  }
  const withAuth = auth(() => {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", contentSecurityPolicy(options));
    // The page asked for, for a page guard that must send the visitor to sign-in and back (lib/session/sign-in-url.ts).
    requestHeaders.set(REQUEST_PATH_HEADER, pagePath(request));
    return NextResponse.next({ request: { headers: requestHeaders } });
  });
  return withHeaders((await withAuth(request, event as never)) ?? NextResponse.next(), options);
}

function withHeaders(response: Response, options: SecurityHeaderOptions): Response {
  for (const [name, value] of Object.entries(securityHeaders(options))) response.headers.set(name, value);
  return response;
}

/** The page's path and query, without the `_rsc` cache-buster of client-side navigations. */
function pagePath(request: NextRequest): string {
  const url = request.nextUrl.clone();
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}`;
}

// The JSON routes of the questionnaire (autosave, presence, signing in again) check the session themselves and
// answer 401: skipping the proxy there spares a session cookie rewrite on every save. sw.js and the load
// balancers' health check (/api/health) are public.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sw.js|api/assessments/|api/session|api/health|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
