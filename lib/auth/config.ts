import type { NextAuthConfig } from "next-auth";
import { isHttpsApp } from "@/lib/env";
import type { Role } from "./roles";

/** Paths a signed-out visitor may open. */
const PUBLIC_PATHS = ["/sign-in", "/forgot-password", "/invite", "/reset-password", "/api/auth", "/methodology", "/glossary", "/forbidden"];

export function isPublicPath(pathname: string): boolean {
  return pathname === "/" || PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/**
 * The part of the Auth.js configuration that needs no database, shared by proxy.ts and lib/auth/auth.ts.
 * The proxy only sends signed-out users to sign-in; pages, actions and route handlers check roles themselves.
 */
export const authConfig = {
  trustHost: true,
  // Secure (and __Secure- prefixed) session cookies whenever the public URL is https, even when TLS ends
  // at a reverse proxy that forwards plain http.
  useSecureCookies: isHttpsApp(),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname, search } = request.nextUrl;
      if (isPublicPath(pathname) || auth?.user) return true;
      // API clients get a status, not an HTML sign-in page.
      if (pathname.startsWith("/api/")) return Response.json({ error: "unauthenticated" }, { status: 401 });
      // The page asked for, as a path of this app: sign-in returns there (lib/auth/callback-url.ts).
      const signInUrl = new URL("/sign-in", request.nextUrl.origin);
      signInUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
      return Response.redirect(signInUrl, 307);
    },
    jwt({ token, user }) {
      if (user) {
        token.id = user.id!;
        token.role = user.role;
        token.agencyId = user.agencyId;
        token.language = user.language;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.id as string;
      session.user.role = token.role as Role;
      session.user.agencyId = (token.agencyId as string | null) ?? null;
      session.user.language = (token.language as string) ?? "en";
      session.user.sessionId = (token.sessionId as string) ?? "";
      return session;
    },
  },
} satisfies NextAuthConfig;
