import "server-only";
import { cache } from "react";
import { hashToken, tokenState, type TokenState } from "@/lib/admin/tokens";
import { tokenSchema } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import type { LinkPurpose } from "@/lib/mail/build-message";

/**
 * What the public invitation and reset pages may say about a link: valid (with the account's email, which
 * the holder of the link already knows), expired, used, or unknown. A link of the other purpose, of a
 * deactivated account or a malformed one is "unknown": the answer reveals nothing about other accounts.
 * A valid link also gives the account's language, so the page speaks it. Cached per request (the page
 * and its title read it).
 */
export const getLinkState = cache(async (token: string, purpose: LinkPurpose): Promise<{ state: TokenState; email?: string; language?: string }> => {
  if (!tokenSchema.safeParse(token).success) return { state: "unknown" };
  const found = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, expiresAt: true, usedAt: true, user: { select: { email: true, active: true, language: true } } },
  });
  const matching = found && found.purpose === purpose ? found : null;
  const state = tokenState(matching && { expiresAt: matching.expiresAt, usedAt: matching.usedAt, userActive: matching.user.active }, new Date());
  return state === "valid" ? { state, email: matching!.user.email, language: matching!.user.language } : { state };
});
