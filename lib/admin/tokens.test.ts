import { describe, expect, it } from "vitest";
import { generateToken, hashToken, tokenExpiry, tokenState } from "./tokens";
import { tokenSchema } from "./schemas";

describe("one-time tokens", () => {
  it("are 32 random bytes in base64url, accepted by the link schema", () => {
    const token = generateToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenSchema.safeParse(token).success).toBe(true);
    expect(generateToken()).not.toBe(token);
  });

  it("are stored as a SHA-256 hash that does not contain the token", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    expect(hashToken(generateToken())).not.toBe(hash);
  });

  it("expire after 7 days by default", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(tokenExpiry(now).toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(tokenExpiry(now, 1).toISOString()).toBe("2026-03-02T10:00:00.000Z");
  });

  it("tell valid, expired, used and unknown links apart", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const later = new Date("2026-03-02T10:00:00Z");
    const earlier = new Date("2026-02-28T10:00:00Z");
    expect(tokenState({ expiresAt: later, usedAt: null, userActive: true }, now)).toBe("valid");
    expect(tokenState({ expiresAt: earlier, usedAt: null, userActive: true }, now)).toBe("expired");
    expect(tokenState({ expiresAt: now, usedAt: null, userActive: true }, now)).toBe("expired");
    expect(tokenState({ expiresAt: later, usedAt: earlier, userActive: true }, now)).toBe("used");
    expect(tokenState({ expiresAt: later, usedAt: null, userActive: false }, now)).toBe("unknown");
    expect(tokenState(null, now)).toBe("unknown");
  });
});
