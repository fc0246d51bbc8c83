import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/access";
import { allItems, type ItemId } from "@/lib/questionnaire/lookup";
import type { AnswerValue } from "@/lib/questionnaire/types";
import { ok } from "@/lib/result";

/*
 * Integration tests against a real, temporary database (SQLite, and PostgreSQL in npm test) migrated with the
 * project's migrations.
 * lib/db is pointed at it; the session guard is replaced by the user each test acts as. It lives beside the
 * actions because it drives both layers (lib/data never imports lib/actions).
 */
const { testDatabase, testDb } = await vi.hoisted(async () => {
  const { createTestDatabase } = await import("@/lib/testing/test-database");
  const testDatabase = await createTestDatabase("assessments");
  return { testDatabase, testDb: testDatabase.client };
});
vi.mock("@/lib/db", () => ({ db: testDb }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn() }));

const { checkUser } = await import("@/lib/session/guards");
const actions = await import("@/lib/actions/assessments");
const data = await import("@/lib/data/assessments");
const { getCurrentSnapshot } = await import("@/lib/data/snapshots");

const { alice, colleague, bob, coordinator, seedAssessmentPeople } = await import("@/lib/testing/assessment-people");

function actAs(who: SessionUser) {
  vi.mocked(checkUser).mockResolvedValue(ok(who));
}

async function storedAnswers(assessmentId: string) {
  const rows = await testDb.answer.findMany({ where: { assessmentId }, orderBy: { itemId: "asc" } });
  return rows.map(({ itemId, value, otherText, updatedById, updatedAt }) => ({ itemId, value, otherText, updatedById, updatedAt }));
}

/** A valid answer for every required item (dont_know on the scales, `none` for barriers). */
function everyRequiredAnswer(): [ItemId, AnswerValue][] {
  return allItems.filter((item) => item.required).map((item) => [item.id as ItemId, item.kind === "multi" ? ["none"] : "dont_know"]);
}

/** Answers are saved through lib/data (the autosave routes have their own tests: autosave-routes.test.ts). */
function save(assessmentId: string, itemId: ItemId, value: AnswerValue) {
  return data.saveAnswer(alice, { assessmentId, itemId, value, otherText: null });
}

let round = 2040;
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

describe("createAssessment", () => {
  it("starts a draft on the current instrument, with its status event and audit event", async () => {
    const id = await newDraft();
    const row = await testDb.assessment.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row).toMatchObject({ agencyId: "agency-a", status: "DRAFT", instrumentVersion: "2026.1", createdById: "alice" });
    expect(row.events.map((event) => event.toStatus)).toEqual(["DRAFT"]);
    expect(await testDb.auditEvent.count({ where: { action: "assessment.create", entityId: id } })).toBe(1);
  });

  it("refuses a second assessment of the same round for the agency, and non-respondents", async () => {
    await testDb.assessment.deleteMany({ where: { round: 2035 } });
    expect((await data.createAssessment(alice, { round: 2035 })).ok).toBe(true);
    expect(await data.createAssessment(colleague, { round: 2035 })).toMatchObject({ ok: false, error: "validation.roundTaken" });
    expect((await data.createAssessment(bob, { round: 2035 })).ok).toBe(true); // another agency
    expect(await data.createAssessment(coordinator, { round: 2036 })).toMatchObject({ ok: false, error: "validation.forbidden" });
  });

  it("rejects a round out of range at the action boundary", async () => {
    expect(await actions.createAssessmentAction({ round: 1999 })).toMatchObject({ ok: false, error: "validation.invalidRound" });
    expect(await actions.createAssessmentAction({ round: "abc" })).toMatchObject({ ok: false, error: "validation.invalidRound" });
  });
});

describe("submitAssessment", () => {
  it("is refused on another agency's assessment", async () => {
    const id = await newDraft();
    actAs(bob);
    expect(await actions.submitAssessmentAction({ assessmentId: id })).toMatchObject({ ok: false, error: "validation.forbidden" });
    expect((await testDb.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("is refused with the list of missing required items, and changes nothing", async () => {
    const id = await newDraft();
    await save(id, "strategy.national", "dont_know");
    const result = await actions.submitAssessmentAction({ assessmentId: id });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("validation.incomplete");
    const required = allItems.filter((item) => item.required).map((item) => item.id);
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(required.filter((itemId) => itemId !== "strategy.national"));
    expect(result.params).toEqual({ count: required.length - 1 });
    const row = await testDb.assessment.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("DRAFT");
    expect(await testDb.scoreSnapshot.count({ where: { assessmentId: id } })).toBe(0);
  });

  it("locks a complete assessment: status, history, audit and a score snapshot; then every change is refused", async () => {
    const id = await newDraft();
    for (const [itemId, value] of everyRequiredAnswer()) {
      expect(await save(id, itemId, value)).toMatchObject({ ok: true });
    }
    await save(id, "strategy.national", "fully_in_place");
    const result = await actions.submitAssessmentAction({ assessmentId: id });
    expect(result).toMatchObject({ ok: true });

    const row = await testDb.assessment.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect(row.events.map((event) => [event.fromStatus, event.toStatus])).toEqual([[null, "DRAFT"], ["DRAFT", "SUBMITTED"]]);
    expect(await testDb.auditEvent.count({ where: { action: "assessment.submit", entityId: id, actorId: "alice" } })).toBe(1);

    const snapshot = await getCurrentSnapshot(id);
    expect(snapshot).not.toBeNull();
    expect(snapshot!.instrumentVersion).toBe("2026.1");
    expect(snapshot!.scoringModelVersion).toBe(snapshot!.scores.scoringModelVersion);
    expect(Object.keys(snapshot!.datasetVersions).sort()).toEqual(["idb-lac-2022", "ilo-ap-2022", "ilo-global-2020"]);
    // Only strategy.national carries points (3 of 3); the other strategy item is dont_know.
    expect(snapshot!.scores.dimensions.strategy).toBeDefined();

    const before = await storedAnswers(id);
    expect(await save(id, "strategy.national", "not_planned")).toMatchObject({ ok: false, error: "validation.notDraft" });
    expect(await data.saveSectionComment(alice, { assessmentId: id, sectionId: "strategy", comment: "late" })).toMatchObject({ ok: false, error: "validation.notDraft" });
    expect(await actions.submitAssessmentAction({ assessmentId: id })).toMatchObject({ ok: false, error: "validation.notDraft" });
    expect(await storedAnswers(id)).toEqual(before);

    const detail = await data.getAssessment(colleague, id);
    expect(detail.ok && detail.data.isEditable).toBe(false);
    expect(detail.ok && detail.data.completion.percent).toBe(100);
  });
});

describe("listAgencyAssessments", () => {
  it("lists only the user's own agency, newest round first", async () => {
    const mine = await data.listAgencyAssessments(alice);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((assessment) => assessment.agencyId === "agency-a")).toBe(true);
    expect(mine.map((assessment) => assessment.round)).toEqual([...mine.map((assessment) => assessment.round)].sort((a, b) => b - a));
    expect((await data.listAgencyAssessments(bob)).every((assessment) => assessment.agencyId === "agency-b")).toBe(true);
    expect(await data.listAgencyAssessments(coordinator)).toEqual([]);
  });
});

