import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

// Only sends signed-out visitors to sign-in (with the page they asked for); role checks live in the pages,
// actions and route handlers themselves.
export default auth;

// The JSON routes of the questionnaire (autosave, presence, signing in again) check the session themselves and
// answer 401: skipping the proxy there spares a session cookie rewrite on every save. sw.js is public.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|sw.js|api/assessments/|api/session|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
