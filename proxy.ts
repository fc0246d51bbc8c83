import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

// Only sends signed-out visitors to sign-in (with the page they asked for); role checks live in the pages,
// actions and route handlers themselves.
export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:svg|png|ico|css|js)$).*)"],
};
