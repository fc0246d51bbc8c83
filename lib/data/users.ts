import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";

/** Minimal profile used right after sign-in (role → home page, language → locale cookie). */
export async function getUserByEmail(email: string): Promise<{ role: Role; language: string } | null> {
  const user = await db.user.findUnique({ where: { email }, select: { role: true, language: true } });
  return user ? { role: user.role as Role, language: user.language } : null;
}

export async function setUserLanguage(userId: string, language: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { language } });
}
