import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toAgencyRow } from "./mappers";
import { ADMIN_ERRORS, type AgencyRow } from "./types";

export async function getAgency(user: SessionUser, id: string): Promise<ActionResult<AgencyRow>> {
  if (!isAdmin(user)) return fail(ADMIN_ERRORS.forbidden);
  const agency = await db.agency.findUnique({ where: { id }, include: { _count: { select: { users: true } } } });
  return agency ? ok(toAgencyRow(agency)) : fail(ADMIN_ERRORS.notFound);
}
