import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";

/**
 * Deactivates or reactivates an agency. Its records stay (assessments are history); a deactivated agency
 * can no longer receive new respondents.
 */
export async function setAgencyActive(user: SessionUser, id: string, active: boolean): Promise<Result<{ id: string }>> {
  if (!isAdmin(user)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const agency = await tx.agency.findUnique({ where: { id }, select: { active: true } });
    if (!agency) return fail("notFound");
    if (agency.active !== active) {
      await tx.agency.update({ where: { id }, data: { active } });
      await recordAudit(
        { actorId: user.id, actorEmail: user.email, action: active ? "agency.reactivate" : "agency.deactivate", entityType: "Agency", entityId: id },
        tx,
      );
    }
    return ok({ id });
  });
}
