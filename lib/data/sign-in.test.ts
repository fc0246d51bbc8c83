import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/*
 * Issue 11, finding 3, against a real temporary database (SQLite, and PostgreSQL in npm test): the lockout
 * count is atomic (20 wrong passwords sent at once for one email: no more than the limit of 5 are evaluated),
 * and a burst of sign-ins never runs more than two password checks at once.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("sign-in");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));

const { checkCredentials } = await import("./sign-in");
const { hashPassword, PASSWORD_HASH_COST } = await import("@/lib/auth/password");
const bcrypt = (await import("bcryptjs")).default;


beforeAll(async () => {
  await testDatabase.migrate();
  const passwordHash = await hashPassword("right password 2026", 4);
  await testDb.user.create({ data: { id: "u1", email: "victim@test.example", name: "Victim", role: "RESPONDENT", passwordHash } });
}, 60_000);

afterAll(async () => {
  await testDatabase.drop();
});

describe("checkCredentials", () => {
  it("evaluates no more than 5 of 20 concurrent wrong passwords for one email", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, index) => checkCredentials({ email: "victim@test.example", password: `wrong ${index}` }, `198.51.100.${index}`)),
    );
    const evaluated = await testDb.auditEvent.count({ where: { action: "auth.sign-in-failed", actorEmail: "victim@test.example" } });
    const locked = outcomes.filter((outcome) => !outcome.ok && outcome.error === "auth.lockedOut").length;
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(evaluated + locked).toBe(20);
    expect(await testDb.loginAttempt.count({ where: { email: "victim@test.example", succeeded: false } })).toBe(evaluated);
    console.log(`20 concurrent wrong passwords: ${evaluated} evaluated, ${locked} refused as locked`);
  });

  it("one after another: the 6th attempt is refused, even with the right password", async () => {
    await testDb.user.create({ data: { id: "u3", email: "serial@test.example", name: "Serial", role: "RESPONDENT", passwordHash: await hashPassword("right password 2026", 4) } });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // A different forged address each time changes nothing: the email's own count locks it.
      expect(await checkCredentials({ email: "serial@test.example", password: "wrong" }, `192.0.2.${attempt}`)).toMatchObject({ ok: false, error: "auth.invalidCredentials" });
    }
    expect(await checkCredentials({ email: "serial@test.example", password: "right password 2026" }, "192.0.2.99")).toMatchObject({ ok: false, error: "auth.lockedOut" });
  });

  it("rehashes a password stored with another cost at the next sign-in (one cost for every account)", async () => {
    await testDb.user.create({ data: { id: "u2", email: "demo@test.example", name: "Demo", role: "RESPONDENT", passwordHash: await bcrypt.hash("demo password 2026", 4) } });
    expect(await checkCredentials({ email: "demo@test.example", password: "demo password 2026" }, "203.0.113.2")).toMatchObject({ ok: true, data: { id: "u2" } });
    const { passwordHash } = await testDb.user.findUniqueOrThrow({ where: { id: "u2" } });
    expect(bcrypt.getRounds(passwordHash!)).toBe(PASSWORD_HASH_COST);
  }, 30_000);
});
