import { getLockoutState, type LockoutPolicy } from "./lockout";

/**
 * Self-service reset requests: a few per email and per address in a window, counted whether or not the
 * account exists (so the limit reveals nothing). The same window arithmetic as the sign-in lockout.
 */
export const RESET_REQUEST_POLICY: LockoutPolicy = { maxFailuresPerEmail: 3, maxFailuresPerIp: 20, windowMinutes: 60 };

/** A self-service reset link lives one hour: it travels by email, the weakest channel we use. */
export const SELF_SERVICE_RESET_TTL_HOURS = 1;

/** True when this email or this address has asked too often inside the window. */
export function isResetRequestLimited(recent: { forEmail: Date[]; fromIp: Date[] }, now: Date): boolean {
  return getLockoutState({ emailFailures: recent.forEmail, ipFailures: recent.fromIp }, RESET_REQUEST_POLICY, now).locked;
}
