import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveAnswerSchema } from "@/lib/questionnaire/schemas";
import { ok } from "@/lib/result";

/*
 * Answer.value is a Json column: what a respondent saves is what every reader gets back, with its JSON type,
 * on SQLite and on PostgreSQL (npm test runs this file on both). A text answer that looks like a number stays
 * text; a list stays a list; a repeated save of an equal value (a new array) writes nothing.
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("stored value column");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn() }));

const { checkUser } = await import("@/lib/session/guards");
const data = await import("@/lib/data/assessments");
const { alice, seedAssessmentPeople } = await import("@/lib/testing/assessment-people");

const TEXT = "context.budget_use";
const NUMBER = "youth_programmes.age_to";
const LIST = "context.drivers";

let assessmentId = "";
beforeAll(async () => {
  await seedAssessmentPeople(testDatabase);
  const created = await data.createAssessment(alice, { round: 2030 });
  if (!created.ok) throw new Error(created.error);
  assessmentId = created.data.id;
}, 60_000);
afterAll(() => testDatabase.drop());
beforeEach(() => vi.mocked(checkUser).mockResolvedValue(ok(alice)));

/** Saved as the autosave route does: through the form's own schema. */
const save = (itemId: string, value: string | string[] | number) =>
  data.saveAnswer(alice, saveAnswerSchema.parse({ assessmentId, itemId, value, otherText: null }));
const row = (itemId: string) => testDb.answer.findUniqueOrThrow({ where: { assessmentId_itemId: { assessmentId, itemId } } });

async function readBack(itemId: string) {
  const detail = await data.getAssessment(alice, assessmentId);
  if (!detail.ok) throw new Error(detail.error);
  return detail.data.answers[itemId]?.value;
}

describe("Answer.value as a Json column", () => {
  it("keeps a text answer that looks like a number as text", async () => {
    expect(await save(TEXT, "3")).toMatchObject({ ok: true });
    expect((await row(TEXT)).value).toBe("3");
    expect(await readBack(TEXT)).toBe("3");
  });

  it("keeps numbers as numbers and lists as lists, in their order", async () => {
    expect(await save(NUMBER, 24)).toMatchObject({ ok: true });
    expect((await row(NUMBER)).value).toBe(24);
    expect(await readBack(NUMBER)).toBe(24);
    expect(await save(LIST, ["performance", "coverage"])).toMatchObject({ ok: true });
    expect((await row(LIST)).value).toEqual(["performance", "coverage"]);
    expect(await readBack(LIST)).toEqual(["performance", "coverage"]);
  });

  it("recognises a repeated save of an equal list (a new array) and writes nothing", async () => {
    const first = await save(LIST, ["coverage", "performance"]);
    if (!first.ok) throw new Error(first.error);
    const before = await row(LIST);
    const again = await save(LIST, ["coverage", "performance"]);
    expect(again).toEqual({ ok: true, data: { savedAt: before.updatedAt, version: first.data.version } });
    expect((await row(LIST)).version).toBe(first.data.version);
    // The same ticks in another order are another answer: a new version.
    const reordered = await save(LIST, ["performance", "coverage"]);
    expect(reordered.ok && reordered.data.version).toBe(first.data.version + 1);
  });

  it("tells the text \"3\" from the number 3 when comparing a repeated save", async () => {
    await save(TEXT, "3");
    const { version } = await row(TEXT);
    expect(await save(TEXT, "3")).toMatchObject({ ok: true, data: { version } });
    expect((await row(TEXT)).version).toBe(version);
  });
});
