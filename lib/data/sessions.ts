import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { absoluteExpiry, isSessionOpen, sessionEndsAt, shouldTouch, type SessionLifetimePolicy } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSessionUser } from "./users";

type DbClient = Prisma.TransactionClient;

function lifetimePolicy(): SessionLifetimePolicy {
  const env = getEnv();
  return { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS };
}

/**
 * Opens a server-side session for a successful sign-in; its id travels in the JWT. Sessions that have
 * ended (revoked, idle, past their absolute end) are deleted on the way: a returning cookie that names a
 * deleted session opens nothing either.
 */
export async function openSession(userId: string): Promise<string> {
  const now = new Date();
  const policy = lifetimePolicy();
  await db.userSession.deleteMany({
    where: { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMinutes * 60_000) } }] },
  });
  const session = await db.userSession.create({
    data: { userId, lastSeenAt: now, expiresAt: absoluteExpiry(now, policy) },
    select: { id: true },
  });
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
 * The user of an open server-side session, or null: a revoked session, one idle too long or past its
 * absolute end (lib/auth/session-lifetime.ts), a deactivated account, or one whose password an
 * administrator has reset has no open session left. A request keeps the session alive (`touch`), except
 * the status poll of the expiry warning, which must not.
 */
export async function getSessionUser(userId: string, sessionId: string, { touch = true } = {}): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.userId !== userId) return null;
  const now = new Date();
  if (!isSessionOpen(session, lifetimePolicy(), now)) return null;
  if (touch && shouldTouch(session, now)) {
    await db.userSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
  }
  const user = session.user;
  if (!user.active || user.mustResetPassword) return null;
  return toSessionUser(user, session.id);
}

/**
 * When an open session ends if nothing else happens (the idle or the absolute limit), without counting
 * this read as activity: the expiry warning polls it. Null when the session is already over.
 */
export async function getSessionEnd(userId: string, sessionId: string): Promise<Date | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== userId || !isSessionOpen(session, lifetimePolicy(), new Date())) return null;
  return sessionEndsAt(session, lifetimePolicy());
}

/** "Stay signed in": the session counts as active now (still bounded by its absolute end). */
export async function touchSession(userId: string, sessionId: string): Promise<Date | null> {
  await db.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { lastSeenAt: new Date() } });
  return getSessionEnd(userId, sessionId);
}
