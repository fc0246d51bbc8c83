import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { revokeUserSessions } from "../sessions";
import { isAdmin } from "./guard";
import { ADMIN_ERRORS } from "./types";

/**
 * A deactivated user cannot sign in, and their open sessions are revoked (the guards check them on every
 * request). An administrator cannot deactivate themself.
 */
export async function setUserActive(user: SessionUser, id: string, active: boolean): Promise<Result<{ id: string }>> {
  if (!isAdmin(user)) return fail("forbidden");
  if (id === user.id) return fail("forbidden", ADMIN_ERRORS.selfChange);
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id }, select: { active: true } });
    if (!target) return fail("notFound");
    if (target.active !== active) {
      await tx.user.update({ where: { id }, data: { active } });
      // Sessions do not come back to life with a later reactivation.
      if (!active) await revokeUserSessions(tx, id);
      await recordAudit(
        { actorId: user.id, actorEmail: user.email, action: active ? "user.reactivate" : "user.deactivate", entityType: "User", entityId: id },
        tx,
      );
    }
    return ok({ id });
  });
}
