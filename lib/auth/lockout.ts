/**
 * The lockout window: too many failed sign-ins for one email, or from one address, within the window
 * block further attempts for that email or address only, so nobody else is locked out.
 * Pure: the caller passes the recent attempts it read from the database.
 */
export type LockoutPolicy = { maxFailuresPerEmail: number; maxFailuresPerIp: number; windowMinutes: number };

export type RecentAttempts = {
  /** Failures for this email since its last success, inside the window, oldest first. */
  emailFailures: Date[];
  /** Failures from this address inside the window, oldest first. */
  ipFailures: Date[];
};

export type LockoutState = { locked: false } | { locked: true; retryAt: Date };

export function windowStart(now: Date, policy: LockoutPolicy): Date {
  return new Date(now.getTime() - policy.windowMinutes * 60_000);
}

export function getLockoutState(attempts: RecentAttempts, policy: LockoutPolicy, now: Date): LockoutState {
  const since = windowStart(now, policy).getTime();
  const retryTimes = [
    retryAtFor(attempts.emailFailures, policy.maxFailuresPerEmail, since, policy),
    retryAtFor(attempts.ipFailures, policy.maxFailuresPerIp, since, policy),
  ].filter((date): date is Date => date !== null);
  if (retryTimes.length === 0) return { locked: false };
  return { locked: true, retryAt: new Date(Math.max(...retryTimes.map((date) => date.getTime()))) };
}

/** Locked while `max` failures lie inside the window; it opens when the oldest of the last `max` leaves it. */
function retryAtFor(failures: Date[], max: number, since: number, policy: LockoutPolicy): Date | null {
  const inWindow = failures.filter((date) => date.getTime() >= since).sort((a, b) => a.getTime() - b.getTime());
  if (inWindow.length < max) return null;
  const oldestCounted = inWindow[inWindow.length - max]!;
  return new Date(oldestCounted.getTime() + policy.windowMinutes * 60_000);
}
