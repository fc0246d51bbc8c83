import { describe, expect, it } from "vitest";
import { absoluteExpiry, isSessionOpen, sessionEndsAt, shouldTouch } from "./session-lifetime";

const policy = { idleMinutes: 120, maxHours: 12 };
const signIn = new Date("2026-12-02T08:00:00Z");
const at = (hours: number) => new Date(signIn.getTime() + hours * 3_600_000);

describe("session lifetime (issue 11, finding 6)", () => {
  it("ends after 2 hours without a request", () => {
    const session = { lastSeenAt: signIn, expiresAt: absoluteExpiry(signIn, policy), revokedAt: null };
    expect(isSessionOpen(session, policy, at(1.99))).toBe(true);
    expect(isSessionOpen(session, policy, at(2))).toBe(false);
  });

  it("ends 12 hours after sign-in however active, and a token from 30 days ago opens nothing", () => {
    const busy = { lastSeenAt: at(11.99), expiresAt: absoluteExpiry(signIn, policy), revokedAt: null };
    expect(isSessionOpen(busy, policy, at(11.995))).toBe(true);
    expect(isSessionOpen({ ...busy, lastSeenAt: at(12) }, policy, at(12))).toBe(false);
    const old = new Date(signIn.getTime() - 30 * 24 * 3_600_000);
    expect(isSessionOpen({ lastSeenAt: signIn, expiresAt: absoluteExpiry(old, policy), revokedAt: null }, policy, signIn)).toBe(false);
  });

  it("a revoked session is closed at once", () => {
    expect(isSessionOpen({ lastSeenAt: signIn, expiresAt: at(12), revokedAt: signIn }, policy, at(0.1))).toBe(false);
  });

  it("ends at the earlier of the two limits; refreshes lastSeenAt at most once a minute", () => {
    expect(sessionEndsAt({ lastSeenAt: at(11), expiresAt: at(12), revokedAt: null }, policy)).toEqual(at(12));
    expect(sessionEndsAt({ lastSeenAt: at(1), expiresAt: at(12), revokedAt: null }, policy)).toEqual(at(3));
    expect(shouldTouch({ lastSeenAt: signIn, expiresAt: at(12), revokedAt: null }, new Date(signIn.getTime() + 59_000))).toBe(false);
    expect(shouldTouch({ lastSeenAt: signIn, expiresAt: at(12), revokedAt: null }, new Date(signIn.getTime() + 60_000))).toBe(true);
  });
});
