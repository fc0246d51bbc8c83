import { describe, expect, it } from "vitest";
import { isResetRequestLimited, RESET_REQUEST_POLICY } from "./reset-request-policy";

const now = new Date("2026-12-02T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("self-service reset requests", () => {
  it("allows requests below the per-email limit", () => {
    const forEmail = Array.from({ length: RESET_REQUEST_POLICY.maxFailuresPerEmail - 1 }, (_, i) => minutesAgo(i + 1));
    expect(isResetRequestLimited({ forEmail, fromIp: forEmail }, now)).toBe(false);
  });

  it("refuses once an email reached its limit inside the window, and allows again when they leave it", () => {
    const forEmail = [minutesAgo(50), minutesAgo(30), minutesAgo(10)];
    expect(isResetRequestLimited({ forEmail, fromIp: [] }, now)).toBe(true);
    const older = [minutesAgo(61), minutesAgo(30), minutesAgo(10)];
    expect(isResetRequestLimited({ forEmail: older, fromIp: [] }, now)).toBe(false);
  });

  it("refuses an address that asked for many different emails", () => {
    const fromIp = Array.from({ length: RESET_REQUEST_POLICY.maxFailuresPerIp }, (_, i) => minutesAgo(i));
    expect(isResetRequestLimited({ forEmail: [], fromIp }, now)).toBe(true);
  });
});
