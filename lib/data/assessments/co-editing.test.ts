import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { allItems } from "@/lib/questionnaire/lookup";
import { fail, ok } from "@/lib/result";
import { NextRequest } from "next/server";

/*
 * The autosave route (POST /api/assessments/:id/answers) and the live state, against a real temporary
 * database (SQLite, and PostgreSQL in npm test): versions, stale saves, retries applied once, presence, and the server-side range rule.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("co-editing");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn() }));

const { checkUser } = await import("@/lib/session/guards");
const data = await import("@/lib/data/assessments");
const answersRoute = await import("@/app/api/assessments/[assessmentId]/answers/route");

function user(id: string, agencyId: string): SessionUser {
  return { id, email: `${id}@test.example`, name: `Name of ${id}`, role: "RESPONDENT", agencyId, language: "en" };
}
const alice = user("alice", "agency-a");
const colleague = user("colleague", "agency-a");
const bob = user("bob", "agency-b");

function actAs(who: SessionUser | null) {
  vi.mocked(checkUser).mockResolvedValue(who ? ok(who) : fail("unauthenticated"));
}

async function post(assessmentId: string, body: unknown) {
  const request = new Request(`http://test/api/assessments/${assessmentId}/answers`, { method: "POST", body: JSON.stringify(body) });
  const response = await answersRoute.POST(new NextRequest(request), { params: Promise.resolve({ assessmentId }) });
  return { status: response.status, body: await response.json() };
}

let round = 2060;
async function newDraft(): Promise<string> {
  const created = await data.createAssessment(alice, { round: round++ });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

beforeAll(async () => {
  await testDatabase.migrate();
  for (const id of ["agency-a", "agency-b"]) await testDb.agency.create({ data: { id, name: id, countryCode: "MX", region: "LAC" } });
  for (const u of [alice, colleague, bob]) {
    await testDb.user.create({ data: { id: u.id, email: u.email, name: u.name, role: u.role, agencyId: u.agencyId } });
  }
}, 60_000);

afterAll(async () => {
  await testDatabase.drop();
});

beforeEach(() => actAs(alice));

describe("POST /api/assessments/:id/answers", () => {
  it("raises the version on each save and refuses a save based on an older one, returning the colleague's answer", async () => {
    const id = await newDraft();
    expect(await post(id, { itemId: "strategy.national", value: "in_development", baseVersion: 0 })).toMatchObject({ status: 200, body: { version: 1 } });
    actAs(colleague);
    expect(await post(id, { itemId: "strategy.national", value: "concrete_plans", baseVersion: 1 })).toMatchObject({ status: 200, body: { version: 2 } });
    actAs(alice);
    const stale = await post(id, { itemId: "strategy.national", value: "fully_in_place", baseVersion: 1 });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: "validation.staleAnswer", code: "conflict", current: { value: "concrete_plans", version: 2, updatedBy: "Name of colleague" } },
    });
    const row = await testDb.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId: id, itemId: "strategy.national" } } });
    expect([row.value, row.version]).toEqual(["concrete_plans", 2]);
    // Chosen by the person: keep mine, now based on the colleague's version.
    expect(await post(id, { itemId: "strategy.national", value: "fully_in_place", baseVersion: 2 })).toMatchObject({ status: 200, body: { version: 3 } });
  });

  it("applies a retried save once (a lost response does not raise the version twice or become a conflict)", async () => {
    const id = await newDraft();
    const body = { itemId: "strategy.pes_digital", value: "dont_know", baseVersion: 0 };
    expect((await post(id, body)).body.version).toBe(1);
    expect(await post(id, body)).toMatchObject({ status: 200, body: { version: 1 } });
    expect(await testDb.answer.count({ where: { assessmentId: id } })).toBe(1);
  });

  it("answers bad input with 400, a missing session with 401, another agency's assessment with 403", async () => {
    const id = await newDraft();
    expect(await post(id, { itemId: "strategy.national", value: "nonsense", baseVersion: 0 })).toMatchObject({ status: 400, body: { error: "validation.optionNotInScale" } });
    expect(await post(id, { itemId: "youth_programmes.age_from", value: 99, baseVersion: 0 })).toMatchObject({ status: 400, body: { error: "validation.numberOutOfRange" } });
    expect(await post(id, { itemId: "strategy.national", value: "dont_know", baseVersion: -1 })).toMatchObject({ status: 400 });
    actAs(null);
    expect(await post(id, { itemId: "strategy.national", value: "dont_know", baseVersion: 0 })).toMatchObject({ status: 401, body: { error: "validation.unauthenticated" } });
    actAs(bob);
    expect(await post(id, { itemId: "strategy.national", value: "dont_know", baseVersion: 0 })).toMatchObject({ status: 403 });
    expect(await testDb.answer.count({ where: { assessmentId: id } })).toBe(0);
  });
});

describe("getLiveState", () => {
  it("shows colleagues present (not oneself, not other agencies) and the section's answers with who saved them", async () => {
    const id = await newDraft();
    await post(id, { itemId: "strategy.national", value: "dont_know", baseVersion: 0 });
    await data.getLiveState(colleague, id, "strategy");
    const state = await data.getLiveState(alice, id, "strategy");
    expect(state.ok && state.data.present).toEqual([{ name: "Name of colleague" }]);
    expect(state.ok && state.data.answers["strategy.national"]).toMatchObject({ value: "dont_know", version: 1, updatedBy: "Name of alice" });
    expect(state.ok && state.data.completion.find((s) => s.sectionId === "strategy")?.answered).toBe(1);
    expect(await data.getLiveState(bob, id, "strategy")).toMatchObject({ ok: false });
    await data.leaveAssessment(colleague, id);
    const after = await data.getLiveState(alice, id, "strategy");
    expect(after.ok && after.data.present).toEqual([]);
  });
});

describe("the age range rule on the server", () => {
  it("refuses submission while the youngest age exceeds the oldest, and accepts it once corrected", async () => {
    const id = await newDraft();
    for (const item of allItems.filter((candidate) => candidate.required)) {
      const value = item.kind === "multi" ? ["none"] : item.kind === "number" ? 20 : "dont_know";
      expect((await post(id, { itemId: item.id, value, baseVersion: 0 })).status).toBe(200);
    }
    await post(id, { itemId: "youth_programmes.age_from", value: 30, baseVersion: 0 });
    await post(id, { itemId: "youth_programmes.age_to", value: 20, baseVersion: 0 });
    expect(await data.submitAssessment(alice, id)).toMatchObject({
      ok: false,
      error: "validation.invalidAnswers",
      fieldErrors: { "youth_programmes.age_from": ["validation.rangeOrder"] },
    });
    expect((await testDb.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await post(id, { itemId: "youth_programmes.age_from", value: 15, baseVersion: 1 });
    expect(await data.submitAssessment(alice, id)).toMatchObject({ ok: true });
  });
});
