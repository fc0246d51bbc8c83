import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok, type Result } from "@/lib/result";
import { db } from "@/lib/db";
import { isAdmin } from "./guard";
import { toUserRow, USER_SELECT } from "./mappers";
import { type UserRow } from "./types";

export async function getUser(user: SessionUser, id: string): Promise<Result<UserRow>> {
  if (!isAdmin(user)) return fail("forbidden");
  const found = await db.user.findUnique({ where: { id }, select: USER_SELECT });
  return found ? ok(toUserRow(found)) : fail("notFound");
}
