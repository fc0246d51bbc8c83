import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { getLockoutState, windowStart, type LockoutPolicy } from "@/lib/auth/lockout";
import { hashPassword, needsRehash, PasswordCheckBusyError, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { fail, ok, type Result } from "@/lib/result";
import { recordAudit } from "./audit";
import { openSession } from "./sessions";
import { toSessionUser } from "./users";

function lockoutPolicy(): LockoutPolicy {
  const env = getEnv();
  return {
    maxFailuresPerEmail: env.LOGIN_MAX_FAILURES_PER_EMAIL,
    maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
    windowMinutes: env.LOGIN_WINDOW_MINUTES,
  };
}

/**
 * Failures recent enough to count, other than the attempt being decided (`except`). Every attempt is
 * written BEFORE it is decided (a reservation), so concurrent attempts see each other: of 20 wrong
 * passwords sent at once, no more than the limit are ever evaluated (issue 11, finding 3).
 */
async function readRecentFailures(email: string, ip: string, except: string, policy: LockoutPolicy, now: Date) {
  const since = windowStart(now, policy);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
  });
  const emailFailures = await db.loginAttempt.findMany({
    where: { email, succeeded: false, id: { not: except }, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    select: { createdAt: true },
  });
  const ipFailures = await db.loginAttempt.findMany({
    where: { ip, succeeded: false, id: { not: except }, createdAt: { gte: since } },
    select: { createdAt: true },
  });
  return { emailFailures: emailFailures.map((a) => a.createdAt), ipFailures: ipFailures.map((a) => a.createdAt) };
}

/**
 * Checks email and password and opens a server-side session. Wrong password, unknown email and deactivated
 * account are one refusal ("unauthenticated", nothing revealed); a locked window is "rateLimited".
 * Every attempt is recorded (lockout) and audited.
 */
export async function checkCredentials(input: unknown, ip: string): Promise<Result<Required<SessionUser>>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return fail("unauthenticated");
  const { email, password } = parsed.data;
  const now = new Date();
  const policy = lockoutPolicy();

  // Reserved as a failure first; the outcome is written once known.
  const attempt = await db.loginAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
  if (getLockoutState(await readRecentFailures(email, ip, attempt.id, policy, now), policy, now).locked) {
    // A refused attempt is not a failure of its own: hammering a locked account does not extend the lock.
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    await recordAudit({ actorEmail: email, action: "auth.sign-in-locked", ip });
    return fail("rateLimited", "auth.lockedOut");
  }

  const user = await db.user.findUnique({ where: { email } });
  let isPasswordRight: boolean;
  try {
    isPasswordRight = await verifyPassword(password, user?.passwordHash);
  } catch (error) {
    if (!(error instanceof PasswordCheckBusyError)) throw error;
    // Too many password checks waiting: the attempt is withdrawn (not a failure); "try again in a moment".
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    return fail("rateLimited", "auth.busy");
  }
  const isValid = isPasswordRight && user !== null && user.active;
  if (isValid) {
    await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
    // One cost for every account: a hash written with another (older release, demo seed) is replaced.
    if (needsRehash(user.passwordHash!)) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  }
  await recordAudit({
    actorId: isValid ? user.id : null,
    actorEmail: email,
    action: isValid ? "auth.sign-in" : "auth.sign-in-failed",
    entityType: "User",
    entityId: user?.id ?? null,
    ip,
  });
  if (!isValid) return fail("unauthenticated", "auth.invalidCredentials");
  return ok(toSessionUser(user, await openSession(user.id)));
}
