import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toAgencyRow } from "./mappers";
import { type AgencyRow } from "./types";

export async function getAgency(user: SessionUser, id: string): Promise<Result<AgencyRow>> {
  if (!isAdmin(user)) return fail("forbidden");
  const agency = await db.agency.findUnique({ where: { id }, include: { _count: { select: { users: true } } } });
  return agency ? ok(toAgencyRow(agency)) : fail("notFound");
}
