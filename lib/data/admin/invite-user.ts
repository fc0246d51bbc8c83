import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { InviteUserInput } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";
import { issueLink } from "./issue-link";
import { ADMIN_ERRORS, type LinkDelivery } from "./types";

/** Creates the account without a password and sends (or returns) a one-time invitation link. */
export async function inviteUser(user: SessionUser, input: InviteUserInput): Promise<Result<LinkDelivery>> {
  if (!isAdmin(user)) return fail("forbidden");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return fail("conflict", ADMIN_ERRORS.emailTaken, { fieldErrors: { email: [ADMIN_ERRORS.emailTaken] } });
  }
  if (input.agencyId) {
    const agency = await db.agency.findUnique({ where: { id: input.agencyId }, select: { active: true } });
    if (!agency?.active) return fail("invalid", ADMIN_ERRORS.agencyInactive, { fieldErrors: { agencyId: [ADMIN_ERRORS.agencyInactive] } });
  }
  const created = await db.$transaction(async (tx) => {
    const invited = await tx.user.create({ data: { ...input, passwordHash: null }, select: { id: true, email: true, name: true, language: true } });
    await recordAudit(
      {
        actorId: user.id,
        actorEmail: user.email,
        action: "user.invite",
        entityType: "User",
        entityId: invited.id,
        details: { email: input.email, role: input.role, agencyId: input.agencyId, language: input.language },
      },
      tx,
    );
    return invited;
  });
  return ok(await issueLink(created, "INVITE", user.id));
}
