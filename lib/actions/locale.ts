"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/guards";
import { setUserLanguage } from "@/lib/data/users";
import { localeCookieOptions } from "@/lib/security/cookies";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { fail, ok, type ActionResult } from "./result";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** Remembers the language in a cookie, and in the profile of a signed-in user. */
export async function setLocaleAction(input: unknown): Promise<ActionResult> {
  const parsed = setLocaleSchema.safeParse(input);
  if (!parsed.success) return fail("validation.invalidForm");
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, localeCookieOptions());
  const user = await getCurrentUser();
  if (user) await setUserLanguage(user.id, parsed.data.locale);
  return ok(undefined);
}
