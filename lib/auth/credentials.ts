import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { recordAudit } from "@/lib/data/audit";
import { openSession } from "@/lib/data/sessions";
import { getLockoutState, windowStart, type LockoutPolicy } from "./lockout";
import { hashPassword, needsRehash, PasswordCheckBusyError, verifyPassword } from "./password";
import type { Role } from "./roles";
import { signInSchema } from "./sign-in-schema";

/** Too many recent failures: one message for everyone, whether or not the account exists. */
export class LockedOutError extends CredentialsSignin {
  code = "locked";
}

/** A burst of sign-ins fills the password-check queue: "try again in a few seconds". */
export class SignInBusyError extends CredentialsSignin {
  code = "busy";
}

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

export function clientIp(request: { headers: Headers } | undefined): string {
  return request ? clientAddress(request.headers, getEnv().TRUST_PROXY) : "unknown";
}

/** Too many password checks already waiting: the attempt is withdrawn (not a failure) and the user asked to retry. */
async function checkPassword(password: string, hash: string | null | undefined, attemptId: string): Promise<boolean> {
  try {
    return await verifyPassword(password, hash);
  } catch (error) {
    if (!(error instanceof PasswordCheckBusyError)) throw error;
    await db.loginAttempt.delete({ where: { id: attemptId } });
    throw new SignInBusyError();
  }
}

/**
 * Checks email and password. Wrong password, unknown email and deactivated account all return null
 * (one non-revealing message); a locked window throws LockedOutError.
 */
export async function authorizeCredentials(input: unknown, request: Request | undefined) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request);
  const now = new Date();
  const policy = lockoutPolicy();

  // Reserved as a failure first; the outcome is written once known.
  const attempt = await db.loginAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
  if (getLockoutState(await readRecentFailures(email, ip, attempt.id, policy, now), policy, now).locked) {
    // A refused attempt is not a failure of its own: hammering a locked account does not extend the lock.
    await db.loginAttempt.delete({ where: { id: attempt.id } });
    await recordAudit({ actorEmail: email, action: "auth.sign-in-locked", ip });
    throw new LockedOutError();
  }

  const user = await db.user.findUnique({ where: { email } });
  const isValid = (await checkPassword(password, user?.passwordHash, attempt.id)) && user !== null && user.active;
  if (isValid) {
    await db.loginAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
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
  if (!isValid) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    agencyId: user.agencyId,
    language: user.language,
    sessionId: await openSession(user.id),
  };
}
