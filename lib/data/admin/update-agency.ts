import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { AgencyInput } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";

/** Edits the agency; the audit event keeps the fields that changed, before and after. */
export async function updateAgency(user: SessionUser, id: string, input: AgencyInput): Promise<Result<{ id: string }>> {
  if (!isAdmin(user)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id }, select: { name: true, countryCode: true, region: true, language: true } });
    if (!before) return fail("notFound");
    await tx.agency.update({ where: { id }, data: input });
    const changes = Object.fromEntries(
      (Object.keys(input) as (keyof AgencyInput)[])
        .filter((key) => before[key] !== input[key])
        .map((key) => [key, { from: before[key], to: input[key] }]),
    );
    await recordAudit({ actorId: user.id, actorEmail: user.email, action: "agency.update", entityType: "Agency", entityId: id, details: changes }, tx);
    return ok({ id });
  });
}
