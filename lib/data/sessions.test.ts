import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/*
 * Issue 10/11: ended UserSession rows are cleaned up (at sign-in, and now and then on a session read), on a
 * fresh database (SQLite, and PostgreSQL in `npm test`). Open sessions are never touched.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("sessions");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));

const { CLEANUP_INTERVAL_MS, cleanUpSessionsNowAndThen, deleteEndedSessions, getSessionUser, openSession } = await import("./sessions");

const HOUR = 3_600_000;
const now = new Date("2026-12-03T12:00:00Z");

beforeAll(async () => {
  await testDatabase.migrate();
  await testDb.user.create({ data: { id: "u1", email: "u1@test.example", name: "U1", role: "RESPONDENT", passwordHash: "x" } });
}, 60_000);

afterAll(async () => {
  await testDatabase.drop();
});

/** One session of each kind: open, revoked, past its absolute end, idle past the 2 h default. */
async function createSessions(at: Date) {
  const ago = (ms: number) => new Date(at.getTime() - ms);
  await testDb.userSession.deleteMany();
  await testDb.userSession.createMany({
    data: [
      { id: "open", userId: "u1", createdAt: ago(HOUR), lastSeenAt: ago(60_000), expiresAt: new Date(at.getTime() + 11 * HOUR) },
      { id: "revoked", userId: "u1", createdAt: ago(HOUR), lastSeenAt: ago(60_000), expiresAt: new Date(at.getTime() + 11 * HOUR), revokedAt: ago(1000) },
      { id: "expired", userId: "u1", createdAt: ago(13 * HOUR), lastSeenAt: ago(60_000), expiresAt: ago(HOUR) },
      { id: "idle", userId: "u1", createdAt: ago(3 * HOUR), lastSeenAt: ago(121 * 60_000), expiresAt: new Date(at.getTime() + 9 * HOUR) },
    ],
  });
}

const remaining = async () => (await testDb.userSession.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);

describe("ended sessions are cleaned up", () => {
  it("deleteEndedSessions removes revoked, expired and idle sessions and keeps the open one", async () => {
    await createSessions(now);
    expect(await deleteEndedSessions(now)).toBe(3);
    expect(await remaining()).toEqual(["open"]);
  });

  it("a sign-in deletes the ended sessions of everyone before opening its own", async () => {
    await createSessions(new Date());
    const id = await openSession("u1");
    expect((await remaining()).sort()).toEqual([id, "open"].sort());
  });

  it("a session read cleans up at most once per interval, without delaying the read", async () => {
    const start = new Date();
    await createSessions(start);
    // The first call in this process runs (the interval starts at 0); the read itself still answers.
    const first = cleanUpSessionsNowAndThen(start);
    expect(first).not.toBeNull();
    expect(await first).toBe(3);
    await createSessions(start);
    expect(cleanUpSessionsNowAndThen(new Date(start.getTime() + CLEANUP_INTERVAL_MS - 1))).toBeNull();
    expect(await getSessionUser("u1", "open")).toMatchObject({ id: "u1" });
    expect((await remaining()).length).toBe(4);
    const later = cleanUpSessionsNowAndThen(new Date(start.getTime() + CLEANUP_INTERVAL_MS));
    expect(await later).toBe(3);
    expect(await remaining()).toEqual(["open"]);
  });
});
