import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery", 4);
    expect(hash).not.toContain("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("same", 4)).not.toBe(await hashPassword("same", 4));
  });

  it("rejects any password for a user without a hash", async () => {
    expect(await verifyPassword("", null)).toBe(false);
    expect(await verifyPassword("anything", undefined)).toBe(false);
  });
});
