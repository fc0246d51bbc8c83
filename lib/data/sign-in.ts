import "server-only";
import type { SessionUser } from "@/lib/auth/access";
import { getLockoutState, windowStart, type LockoutPolicy } from "@/lib/auth/lockout";
import { verifyPassword } from "@/lib/auth/password";
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

async function readRecentFailures(email: string, ip: string, policy: LockoutPolicy, now: Date) {
  const since = windowStart(now, policy);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
  });
  const emailFailures = await db.loginAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    select: { createdAt: true },
  });
  const ipFailures = await db.loginAttempt.findMany({
    where: { ip, succeeded: false, createdAt: { gte: since } },
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

  if (getLockoutState(await readRecentFailures(email, ip, policy, now), policy, now).locked) {
    await recordAudit({ actorEmail: email, action: "auth.sign-in-locked", ip });
    return fail("rateLimited", "auth.lockedOut");
  }

  const user = await db.user.findUnique({ where: { email } });
  const isValid = (await verifyPassword(password, user?.passwordHash)) && user !== null && user.active;
  await db.loginAttempt.create({ data: { email, ip, succeeded: isValid } });
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
