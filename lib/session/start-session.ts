import "server-only";
import { cookies } from "next/headers";
import { getUserByEmail } from "@/lib/data/users";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { localeCookieOptions } from "@/lib/security/cookies";
import { signIn } from "./auth";

/**
 * Signs the person in with the credentials provider (lockout, audit and server-side session included),
 * remembers their language and returns their home page. Throws Auth.js's AuthError on refusal: the
 * caller decides what to say. Used by the sign-in form and right after a password is set from a link.
 */
export async function startSession(email: string, password: string): Promise<string> {
  await signIn("credentials", { email, password, redirect: false });
  const user = await getUserByEmail(email);
  if (user && isLocale(user.language)) {
    (await cookies()).set(LOCALE_COOKIE, user.language, localeCookieOptions());
  }
  return user ? HOME_BY_ROLE[user.role] : "/";
}
