import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { UpdateUserInput } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";
import { ADMIN_ERRORS } from "./types";

/** Changes name, role, agency and language. An administrator cannot take the ADMIN role from themself. */
export async function updateUser(user: SessionUser, input: UpdateUserInput): Promise<Result<{ id: string }>> {
  if (!isAdmin(user)) return fail("forbidden");
  if (input.id === user.id && input.role !== "ADMIN") return fail("forbidden", ADMIN_ERRORS.selfChange);
  const before = await db.user.findUnique({ where: { id: input.id }, select: { name: true, role: true, agencyId: true, language: true } });
  if (!before) return fail("notFound");
  if (input.agencyId && input.agencyId !== before.agencyId) {
    const agency = await db.agency.findUnique({ where: { id: input.agencyId }, select: { active: true } });
    if (!agency?.active) return fail("invalid", ADMIN_ERRORS.agencyInactive, { fieldErrors: { agencyId: [ADMIN_ERRORS.agencyInactive] } });
  }
  const { id, ...data } = input;
  const changes = Object.fromEntries(
    (Object.keys(data) as (keyof typeof data)[]).filter((key) => before[key] !== data[key]).map((key) => [key, { from: before[key], to: data[key] }]),
  );
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data });
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: "user.update", entityType: "User", entityId: id, details: changes }, tx);
  });
  return ok({ id });
}
