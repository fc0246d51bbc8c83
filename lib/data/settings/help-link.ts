import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import { isHelpUrl } from "@/lib/help/help-link-schema";
import { fail, ok, type Result } from "@/lib/result";
import { recordAudit } from "../audit";
import { isAdmin } from "../admin/guard";

const SETTINGS_ID = "default";

/**
 * The help and contact link shown to everyone (footer, sign-in troubles), or null. Public: it is on every
 * page, signed in or not. A stored value that is no longer a valid link is not shown. Cached per request.
 */
export const getHelpUrl = cache(async (): Promise<string | null> => {
  const setting = await db.siteSetting.findUnique({ where: { id: SETTINGS_ID }, select: { helpUrl: true } });
  return setting?.helpUrl && isHelpUrl(setting.helpUrl) ? setting.helpUrl : null;
});

/** An administrator sets or removes the link (null); the change is audited. */
export async function updateHelpUrl(user: SessionUser, helpUrl: string | null): Promise<Result> {
  if (!isAdmin(user)) return fail("forbidden");
  await db.$transaction(async (tx) => {
    await tx.siteSetting.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, helpUrl, updatedById: user.id },
      update: { helpUrl, updatedById: user.id },
    });
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: "settings.help-link", entityType: "SiteSetting", entityId: SETTINGS_ID, details: { helpUrl } }, tx);
  });
  return ok();
}
