import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toUserRow, USER_SELECT } from "./mappers";
import { ADMIN_ERRORS, type UserRow } from "./types";

export async function getUser(user: SessionUser, id: string): Promise<ActionResult<UserRow>> {
  if (!isAdmin(user)) return fail(ADMIN_ERRORS.forbidden);
  const found = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  return found ? ok(toUserRow(found)) : fail(ADMIN_ERRORS.notFound);
}
