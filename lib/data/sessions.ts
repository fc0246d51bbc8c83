import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSessionUser } from "./users";

type DbClient = Prisma.TransactionClient;

/** Opens a server-side session for a successful sign-in; its id travels in the JWT. */
export async function openSession(userId: string): Promise<string> {
  const session = await db.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/** Sign-out: this browser's session stops working even if its cookie comes back (a late prefetch, a copy). */
export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every open session of a user (deactivation, forced reset, new password), except `keepSessionId`
 * (the browser that changed its own password stays signed in).
 */
export async function revokeUserSessions(client: DbClient, userId: string, keepSessionId?: string): Promise<void> {
  await client.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
}

/**
 * The user of an open server-side session, or null: a revoked session, a deactivated account, or one whose
 * password an administrator has reset has no open session left.
 */
export async function getSessionUser(userId: string, sessionId: string): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || session.userId !== userId) return null;
  const user = session.user;
  if (!user.active || user.mustResetPassword) return null;
  return toSessionUser(user, session.id);
}
