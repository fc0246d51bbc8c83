import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { AgencyFilter } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toAgencyRow } from "./mappers";
import { PAGE_SIZE, pageOf, type AgencyRow, type Page } from "./types";
import { containsText } from "../text-search";

export async function listAgencies(user: SessionUser, filter: AgencyFilter): Promise<Result<Page<AgencyRow>>> {
  if (!isAdmin(user)) return fail("forbidden");
  const where = {
    ...(filter.q ? { name: containsText(filter.q.normalize("NFC")) } : {}),
    ...(filter.region ? { region: filter.region } : {}),
  };
  const [rows, total] = await Promise.all([
    db.agency.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      include: { _count: { select: { users: true } } },
    }),
    db.agency.count({ where }),
  ]);
  return ok(pageOf(rows.map(toAgencyRow), total, filter.page));
}

/** Agencies to choose from in the user forms (active ones, plus the user's current one). */
export async function listAgencyOptions(user: SessionUser, includeId?: string | null): Promise<{ id: string; name: string }[]> {
  if (!isAdmin(user)) return [];
  return db.agency.findMany({
    where: includeId ? { OR: [{ active: true }, { id: includeId }] } : { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
