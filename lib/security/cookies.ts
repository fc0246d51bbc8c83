import { isHttpsApp } from "@/lib/env";

/** The language cookie: readable by the server only, Secure whenever the app is served over https. */
export function localeCookieOptions() {
  return { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true, secure: isHttpsApp() } as const;
}
