/**
 * How long a server-side session lives (OWASP ASVS 3.3.1 / 3.3.2): it ends after `idleMinutes` without a
 * request (default 2 h) and, however active, `maxHours` after sign-in (default 12 h). Pure: the guard and
 * the session-status route pass the stored times.
 */
export type SessionLifetimePolicy = { idleMinutes: number; maxHours: number };
export type SessionTimes = { lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

/** A request refreshes lastSeenAt at most this often (one write a minute, not one per request). */
export const TOUCH_INTERVAL_MS = 60_000;

export function absoluteExpiry(signedInAt: Date, policy: SessionLifetimePolicy): Date {
  return new Date(signedInAt.getTime() + policy.maxHours * 3_600_000);
}

/** When the session ends if nothing else happens: the idle limit or the absolute limit, whichever is first. */
export function sessionEndsAt(session: SessionTimes, policy: SessionLifetimePolicy): Date {
  const idleEnd = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  return new Date(Math.min(idleEnd, session.expiresAt.getTime()));
}

export function isSessionOpen(session: SessionTimes, policy: SessionLifetimePolicy, now: Date): boolean {
  return session.revokedAt === null && now.getTime() < sessionEndsAt(session, policy).getTime();
}

export function shouldTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
