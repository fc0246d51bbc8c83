import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";

/** The one mapping from a user row to the signed-in user every guard and data function sees. */
export function toSessionUser(
  user: Pick<User, "id" | "email" | "name" | "role" | "agencyId" | "language">,
  sessionId: string,
): Required<SessionUser> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    agencyId: user.agencyId,
    language: user.language,
    sessionId,
  };
}

/** Minimal profile used right after sign-in (role → home page, language → locale cookie). */
export async function getUserByEmail(email: string): Promise<{ role: Role; language: string } | null> {
  return db.user.findUnique({ where: { email }, select: { role: true, language: true } });
}

export async function setUserLanguage(userId: string, language: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { language } });
}
