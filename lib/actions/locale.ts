"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { setUserLanguage } from "@/lib/data/users";
import { localeCookieOptions } from "@/lib/security/cookies";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { fail, ok } from "@/lib/result";
import { defineAction } from "./define-action";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Remembers the language in a cookie, and in the profile of a signed-in user. Every page is revalidated, so
 * the action's own answer carries the current page in the new language (no second request to refresh it).
 */
export const setLocaleAction = defineAction(
  { schema: setLocaleSchema, permission: "public", onInvalid: () => fail("invalid"), revalidate: [{ path: "/", type: "layout" }] },
  async (input, user) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, localeCookieOptions());
    if (user) await setUserLanguage(user.id, input.locale);
    return ok();
  },
);
