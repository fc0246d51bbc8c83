import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import type { UserFilter } from "@/lib/admin/schemas";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toUserRow, USER_SELECT } from "./mappers";
import { PAGE_SIZE, pageOf, type Page, type UserRow } from "./types";
import { containsText } from "../text-search";

export async function listUsers(user: SessionUser, filter: UserFilter): Promise<Result<Page<UserRow>>> {
  if (!isAdmin(user)) return fail("forbidden");
  const where = {
    ...(filter.q ? { OR: [{ email: { contains: filter.q.toLowerCase() } }, { name: containsText(filter.q) }] } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, orderBy: [{ active: "desc" }, { email: "asc" }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: USER_SELECT }),
    db.user.count({ where }),
  ]);
  return ok(pageOf(rows.map(toUserRow), total, filter.page));
}
