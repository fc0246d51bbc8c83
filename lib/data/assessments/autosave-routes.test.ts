import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok } from "@/lib/result";

/*
 * The autosave JSON routes (POST /api/assessments/:id/answers and /comments) against a real, temporary
 * database (SQLite, and PostgreSQL in npm test) migrated with the project's migrations: what a page's autosave sends, refused or stored.
 * lib/db is pointed at it; the session guard is replaced by the user each test acts as.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("autosave-routes");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn() }));

const { checkUser } = await import("@/lib/session/guards");
const answersRoute = await import("@/app/api/assessments/[assessmentId]/answers/route");
const commentsRoute = await import("@/app/api/assessments/[assessmentId]/comments/route");
const data = await import("@/lib/data/assessments");

const { alice, colleague, bob, coordinator, seedAssessmentPeople } = await import("@/lib/testing/assessment-people");

function actAs(who: SessionUser) {
  vi.mocked(checkUser).mockResolvedValue(ok(who));
}

type RouteAnswer = { ok: boolean; error?: string; version?: number };

async function post(route: typeof answersRoute | typeof commentsRoute, kind: string, { assessmentId, ...body }: Record<string, unknown>): Promise<RouteAnswer> {
  const request = new Request(`http://test/api/assessments/${String(assessmentId)}/${kind}`, { method: "POST", body: JSON.stringify(body) });
  const response = await route.POST(request as unknown as Parameters<typeof route.POST>[0], { params: Promise.resolve({ assessmentId: String(assessmentId) }) });
  const json = (await response.json()) as RouteAnswer;
  return { ...json, ok: response.status === 200 };
}

/** A save from a page that has seen the latest version of the item (the stored one, 0 when unanswered). */
async function saveAnswer(input: { assessmentId: string; itemId?: unknown; value?: unknown; otherText?: unknown }): Promise<RouteAnswer> {
  const itemId = String(input.itemId);
  const row = await testDb.answer.findUnique({ where: { assessmentId_itemId: { assessmentId: input.assessmentId, itemId } } });
  return post(answersRoute, "answers", { ...input, baseVersion: row?.version ?? 0 });
}

function saveSectionComment(input: { assessmentId: string; sectionId: string; comment: unknown }): Promise<RouteAnswer> {
  return post(commentsRoute, "comments", input);
}

async function storedAnswers(assessmentId: string) {
  const rows = await testDb.answer.findMany({ where: { assessmentId }, orderBy: { itemId: "asc" } });
  return rows.map(({ itemId, value, otherText, updatedById, updatedAt }) => ({ itemId, value, otherText, updatedById, updatedAt }));
}

let round = 2140;
async function newDraft(owner: SessionUser = alice): Promise<string> {
  const created = await data.createAssessment(owner, { round: round++ });
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

beforeAll(() => seedAssessmentPeople(testDatabase), 60_000);

afterAll(async () => {
  await testDatabase.drop();
});

beforeEach(() => actAs(alice));

describe("autosave of an answer: each bad input is rejected with its message and leaves stored answers as they were", () => {
  let id: string;
  beforeAll(async () => {
    id = await newDraft();
    actAs(alice);
    for (const [itemId, value] of [
      ["strategy.national", "fully_in_place"],
      ["youth_programmes.age_from", 15],
      ["context.budget_use", "Online job fairs"],
    ] as const) {
      expect(await saveAnswer({ assessmentId: id, itemId, value })).toMatchObject({ ok: true });
    }
  });

  const badInputs: [string, () => Record<string, unknown>, string][] = [
    ["unknown item", () => ({ itemId: "strategy.invented", value: "fully_in_place" }), "validation.unknownItem"],
    ["option not in the scale", () => ({ itemId: "strategy.national", value: "pilot" }), "validation.optionNotInScale"],
    ["number out of range", () => ({ itemId: "youth_programmes.age_from", value: 99 }), "validation.numberOutOfRange"],
    ["number not whole", () => ({ itemId: "youth_programmes.age_from", value: 15.5 }), "validation.notWholeNumber"],
    ["text too long", () => ({ itemId: "context.budget_use", value: "x".repeat(2001) }), "validation.textTooLong"],
    ["multi with an unknown option", () => ({ itemId: "context.barriers", value: ["silos", "weather"] }), "validation.optionNotInScale"],
    ["`none` with another barrier", () => ({ itemId: "context.barriers", value: ["silos", "none"] }), "validation.exclusiveOption"],
    ["`other` without its text", () => ({ itemId: "context.drivers", value: ["other"], otherText: " " }), "validation.otherTextRequired"],
  ];
  for (const [name, input, message] of badInputs) {
    it(name, async () => {
      const before = await storedAnswers(id);
      const result = await saveAnswer({ assessmentId: id, ...input() });
      expect(result).toMatchObject({ ok: false, error: message });
      expect(await storedAnswers(id)).toEqual(before);
    });
  }

  it("an assessment of another agency", async () => {
    const before = await storedAnswers(id);
    actAs(bob);
    const result = await saveAnswer({ assessmentId: id, itemId: "strategy.national", value: "not_planned" });
    expect(result).toMatchObject({ ok: false, error: "validation.forbidden" });
    expect(await saveSectionComment({ assessmentId: id, sectionId: "strategy", comment: "hi" })).toMatchObject({ ok: false, error: "validation.forbidden" });
    expect(await data.getAssessment(bob, id)).toMatchObject({ ok: false, error: "validation.forbidden" });
    expect(await storedAnswers(id)).toEqual(before);
  });

  it("a coordinator cannot fill an agency's answers", async () => {
    const before = await storedAnswers(id);
    actAs(coordinator);
    expect(await data.saveAnswer(coordinator, { assessmentId: id, itemId: "strategy.national", value: "not_planned", otherText: null })).toMatchObject({ ok: false, error: "validation.forbidden" });
    expect(await storedAnswers(id)).toEqual(before);
  });

  it("an unknown assessment and a malformed id", async () => {
    expect(await saveAnswer({ assessmentId: "nope", itemId: "strategy.national", value: "dont_know" })).toMatchObject({ ok: false, error: "validation.notFound" });
    expect(await saveAnswer({ assessmentId: "../x", itemId: "strategy.national", value: "dont_know" })).toMatchObject({ ok: false, error: "validation.invalidId" });
  });

  it("a signed-out caller", async () => {
    vi.mocked(checkUser).mockResolvedValue(fail("unauthenticated"));
    const before = await storedAnswers(id);
    expect(await saveAnswer({ assessmentId: id, itemId: "strategy.national", value: "dont_know" })).toMatchObject({ ok: false, error: "validation.unauthenticated" });
    expect(await storedAnswers(id)).toEqual(before);
  });
});

describe("saving answers", () => {
  it("upserts per item: colleagues' different items are both kept; on the same item the later save wins", async () => {
    const id = await newDraft();
    actAs(alice);
    await saveAnswer({ assessmentId: id, itemId: "strategy.national", value: "in_development" });
    actAs(colleague);
    await saveAnswer({ assessmentId: id, itemId: "youth_front_office.youth_portal", value: "not_planned" });
    await saveAnswer({ assessmentId: id, itemId: "strategy.national", value: "concrete_plans" });
    const result = await data.getAssessment(alice, id);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.answers).toEqual({
      "strategy.national": { value: "concrete_plans", otherText: null },
      "youth_front_office.youth_portal": { value: "not_planned", otherText: null },
    });
    const row = await testDb.answer.findFirstOrThrow({ where: { assessmentId: id, itemId: "strategy.national" } });
    expect(row.updatedById).toBe("colleague");
  });

  it("stores lists with the `other` text, and an empty value clears the answer", async () => {
    const id = await newDraft();
    await saveAnswer({ assessmentId: id, itemId: "context.drivers", value: ["costs", "other"], otherText: "  Elections " });
    let detail = await data.getAssessment(alice, id);
    expect(detail.ok && detail.data.answers["context.drivers"]).toEqual({ value: ["costs", "other"], otherText: "Elections" });
    await saveAnswer({ assessmentId: id, itemId: "context.drivers", value: [] });
    detail = await data.getAssessment(alice, id);
    expect(detail.ok && detail.data.answers["context.drivers"]).toBeUndefined();
  });

  it("saves and clears a section comment", async () => {
    const id = await newDraft();
    expect(await saveSectionComment({ assessmentId: id, sectionId: "data", comment: " See the annual report " })).toMatchObject({ ok: true });
    let detail = await data.getAssessment(alice, id);
    expect(detail.ok && detail.data.comments).toEqual({ data: "See the annual report" });
    expect(await saveSectionComment({ assessmentId: id, sectionId: "data", comment: "x".repeat(4001) })).toMatchObject({ ok: false, error: "validation.textTooLong" });
    await saveSectionComment({ assessmentId: id, sectionId: "data", comment: "" });
    detail = await data.getAssessment(alice, id);
    expect(detail.ok && detail.data.comments).toEqual({});
  });
});

