import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";

export type AdminSummary = {
  agencies: { active: number; total: number };
  users: { active: number; total: number; pending: number };
  auditEventsLast7Days: number;
};

export async function getAdminSummary(user: SessionUser): Promise<Result<AdminSummary>> {
  if (!isAdmin(user)) return fail("forbidden");
  const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  const [agenciesTotal, agenciesActive, usersTotal, usersActive, usersPending, audit] = await Promise.all([
    db.agency.count(),
    db.agency.count({ where: { active: true } }),
    db.user.count(),
    db.user.count({ where: { active: true } }),
    db.user.count({ where: { active: true, passwordHash: null, mustResetPassword: false } }),
    db.auditEvent.count({ where: { createdAt: { gte: weekAgo } } }),
  ]);
  return ok({
    agencies: { active: agenciesActive, total: agenciesTotal },
    users: { active: usersActive, total: usersTotal, pending: usersPending },
    auditEventsLast7Days: audit,
  });
}
