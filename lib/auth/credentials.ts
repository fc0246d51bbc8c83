import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { recordAudit } from "@/lib/data/audit";
import { openSession } from "@/lib/data/sessions";
import { getLockoutState, windowStart, type LockoutPolicy } from "./lockout";
import { verifyPassword } from "./password";
import type { Role } from "./roles";
import { signInSchema } from "./sign-in-schema";

/** Too many recent failures: one message for everyone, whether or not the account exists. */
export class LockedOutError extends CredentialsSignin {
  code = "locked";
}

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

export function clientIp(request: { headers: Headers } | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
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

  if (getLockoutState(await readRecentFailures(email, ip, policy, now), policy, now).locked) {
    await recordAudit({ actorEmail: email, action: "auth.sign-in-locked", ip });
    throw new LockedOutError();
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
