import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { AgencyInput } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { recordAudit } from "../audit";
import { isAdmin } from "./guard";

export async function createAgency(user: SessionUser, input: AgencyInput): Promise<Result<{ id: string }>> {
  if (!isAdmin(user)) return fail("forbidden");
  const agency = await db.$transaction(async (tx) => {
    const created = await tx.agency.create({ data: input, select: { id: true } });
    await recordAudit(
      { actorId: user.id, actorEmail: user.email, action: "agency.create", entityType: "Agency", entityId: created.id, details: { ...input } },
      tx,
    );
    return created;
  });
  return ok(agency);
}
