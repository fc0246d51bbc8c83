import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";
import { issueLink } from "./issue-link";
import { type LinkDelivery } from "./types";

/** Sends a fresh invitation to a user who has not set a password yet (the earlier link stops working). */
export async function resendInvitation(user: SessionUser, id: string): Promise<Result<LinkDelivery>> {
  if (!isAdmin(user)) return fail("forbidden");
  const target = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, language: true, active: true, passwordHash: true } });
  if (!target) return fail("notFound");
  if (!target.active) return fail("conflict", "admin.errors.userInactive");
  if (target.passwordHash) return fail("conflict", "admin.errors.alreadyActivated");
  await recordAudit({ actorId: user.id, actorEmail: user.email, action: "user.invite", entityType: "User", entityId: id, details: { resent: true } });
  return ok(await issueLink(target, "INVITE", user.id));
}
