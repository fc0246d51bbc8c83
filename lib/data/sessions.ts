import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { absoluteExpiry, isSessionOpen, sessionEndsAt, shouldTouch, type SessionLifetimePolicy } from "@/lib/auth/session-lifetime";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { errorFields, logger } from "@/lib/log/logger";
import { toSessionUser } from "./users";

type DbClient = Prisma.TransactionClient;

function lifetimePolicy(): SessionLifetimePolicy {
  const env = getEnv();
  return { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS };
}

/**
 * Deletes the sessions that have ended: revoked (sign-out, deactivation, password change), past their
 * absolute end, or idle longer than the idle limit. A returning cookie that names a deleted session opens
 * nothing either, so this only keeps the table small. Returns how many rows went.
 */
export async function deleteEndedSessions(now: Date = new Date()): Promise<number> {
  const policy = lifetimePolicy();
  const { count } = await db.userSession.deleteMany({
    where: { OR: [{ revokedAt: { not: null } }, { expiresAt: { lte: now } }, { lastSeenAt: { lte: new Date(now.getTime() - policy.idleMinutes * 60_000) } }] },
  });
  return count;
}

/**
 * Ended sessions are also cleaned while nobody signs in: at most once per CLEANUP_INTERVAL_MS per process,
 * on the back of a session read (no timer to stop, nothing to schedule per instance; with several instances
 * each cleans on its own, and the delete is idempotent). Failures are logged, never the request's concern.
 */
export const CLEANUP_INTERVAL_MS = 10 * 60_000;
let nextCleanupAt = 0;

export function cleanUpSessionsNowAndThen(now: Date = new Date()): Promise<number> | null {
  if (now.getTime() < nextCleanupAt) return null;
  nextCleanupAt = now.getTime() + CLEANUP_INTERVAL_MS;
  return deleteEndedSessions(now).then(
    (count) => {
      if (count > 0) logger.info({ event: "sessions-cleaned", count }, "ended sessions deleted");
      return count;
    },
    (error: unknown) => {
      logger.error({ event: "sessions-cleanup-failed", err: errorFields(error) }, "session cleanup failed");
      return 0;
    },
  );
}

/** Opens a server-side session for a successful sign-in; its id travels in the JWT. Ended sessions go first. */
export async function openSession(userId: string): Promise<string> {
  const now = new Date();
  const policy = lifetimePolicy();
  await deleteEndedSessions(now);
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
  void cleanUpSessionsNowAndThen();
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
