import { describe, expect, it } from "vitest";
import { getLockoutState, type LockoutPolicy } from "./lockout";

const policy: LockoutPolicy = { maxFailuresPerEmail: 5, maxFailuresPerIp: 30, windowMinutes: 15 };
const now = new Date("2026-11-25T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("getLockoutState", () => {
  it("stays open below the limit", () => {
    const failures = [1, 2, 3, 4].map(minutesAgo);
    expect(getLockoutState({ emailFailures: failures, ipFailures: failures }, policy, now)).toEqual({ locked: false });
  });

  it("locks an email after five failures in the window, until the oldest leaves it", () => {
    const failures = [10, 8, 6, 4, 2].map(minutesAgo);
    const state = getLockoutState({ emailFailures: failures, ipFailures: failures }, policy, now);
    // The oldest counted failure was 10 minutes ago: the window reopens 5 minutes from now.
    expect(state).toEqual({ locked: true, retryAt: new Date(now.getTime() + 5 * 60_000) });
  });

  it("ignores failures older than the window", () => {
    const failures = [40, 30, 20, 16, 2].map(minutesAgo);
    expect(getLockoutState({ emailFailures: failures, ipFailures: failures }, policy, now).locked).toBe(false);
  });

  it("locks an address that tries many accounts, independently of each email", () => {
    const ipFailures = Array.from({ length: 30 }, (_, i) => minutesAgo(14 - i * 0.4));
    const state = getLockoutState({ emailFailures: [], ipFailures }, policy, now);
    expect(state.locked).toBe(true);
  });

  it("does not lock another address or email (the caller passes only the matching attempts)", () => {
    expect(getLockoutState({ emailFailures: [], ipFailures: [] }, policy, now).locked).toBe(false);
  });
});
